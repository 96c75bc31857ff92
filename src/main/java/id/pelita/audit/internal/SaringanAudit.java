package id.pelita.audit.internal;

import id.pelita.audit.AksiAudit;

import java.time.LocalDate;

/** Filter of the admin's audit query; every field optional. */
record SaringanAudit(String pelaku, String jenisData, String dataId, AksiAudit aksi, LocalDate dari, LocalDate sampai) {
}
