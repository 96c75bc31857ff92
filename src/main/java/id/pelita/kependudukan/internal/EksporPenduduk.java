package id.pelita.kependudukan.internal;

import id.pelita.akun.Akses;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.GalatValidasi;
import id.pelita.kependudukan.AturanNik;
import id.pelita.wilayah.KodeWilayah;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports of the living residents of a region within the user's scope, in Pelita's import template columns
 * (so an export can be imported again): NIK and KK numbers in full only for who may see them (the same rule as
 * the pages), masked otherwise; every export is audited with its size and whether numbers were shown.
 */
@Service
class EksporPenduduk {

    private final RepositoriPenduduk penduduk;
    private final LayananKependudukan layanan;
    private final Akses akses;
    private final AuditLog audit;

    EksporPenduduk(RepositoriPenduduk penduduk, LayananKependudukan layanan, Akses akses, AuditLog audit) {
        this.penduduk = penduduk;
        this.layanan = layanan;
        this.akses = akses;
        this.audit = audit;
    }

    /** The region exported: the one asked for (must be in scope), else the user's own scope. */
    String cakupan(String wilayah) {
        String kode = wilayah == null || wilayah.isBlank() ? akses.wajibMasuk().wilayahKode() : wilayah.strip();
        if (kode == null || !KodeWilayah.sah(kode)) {
            throw new GalatValidasi("wilayah", "ekspor.wilayah.wajib");
        }
        akses.pastikanWilayah(kode);
        return kode;
    }

    static List<String> judul() {
        return KolomImpor.TEMPLAT.stream().map(KolomImpor::namaTemplat).toList();
    }

    @Transactional
    int ekspor(String kode, TabelKeluar tabel, TabelKeluar.Format format) {
        tabel.baris(judul());
        Map<String, Boolean> lengkap = new HashMap<>();
        int[] n = {0};
        boolean[] adaSamar = {false};
        penduduk.untukEkspor(kode, (p, k) -> {
            boolean boleh = lengkap.computeIfAbsent(p.desaKode(), layanan::bolehLihatNomor);
            adaSamar[0] |= !boleh;
            tabel.baris(baris(p, k, boleh));
            n[0]++;
        });
        audit.catat(AksiAudit.EKSPOR, "penduduk-ekspor", kode, kode, n[0] + " penduduk, " + format.akhiran
                + (adaSamar[0] ? ", NIK/KK disamarkan" : ", NIK/KK lengkap"));
        return n[0];
    }

    private static List<String> baris(Penduduk p, Keluarga k, boolean lengkap) {
        List<String> s = new ArrayList<>();
        s.add(lengkap ? p.nik() : AturanNik.samarkan(p.nik()));
        s.add(lengkap ? k.noKk() : AturanNik.samarkan(k.noKk()));
        s.add(p.nama());
        s.add(p.jenisKelamin().name());
        s.add(p.tempatLahir());
        s.add(p.tanggalLahir().toString());
        s.add(KodeSiak.label(KodeSiak.SHDK, p.shdk()));
        s.add(KodeSiak.label(KodeSiak.AGAMA, p.agama()));
        s.add(KodeSiak.label(KodeSiak.PENDIDIKAN, p.pendidikan()));
        s.add(KodeSiak.label(KodeSiak.PEKERJAAN, p.pekerjaan()));
        s.add(KodeSiak.label(KodeSiak.STATUS_KAWIN, p.statusKawin()));
        s.add(KodeSiak.label(KodeSiak.GOLONGAN_DARAH, p.golonganDarah()));
        s.add(p.disabilitas() == null ? "" : p.disabilitas().name());
        s.add(KodeSiak.label(KodeSiak.STATUS_REKAM_KTP, p.statusRekamKtp()));
        s.add(KodeSiak.label(KodeSiak.KEWARGANEGARAAN, p.kewarganegaraan()));
        s.add(p.telepon() == null ? "" : p.telepon());
        s.add(k.alamat() == null ? "" : k.alamat());
        s.add(k.rt() == null ? "" : k.rt());
        s.add(k.rw() == null ? "" : k.rw());
        s.add(p.desaKode());
        s.add("");
        s.add("");
        return s;
    }
}
