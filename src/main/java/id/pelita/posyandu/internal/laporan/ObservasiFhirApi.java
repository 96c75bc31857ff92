package id.pelita.posyandu.internal.laporan;

import ca.uhn.fhir.context.FhirContext;
import id.pelita.akun.Akses;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.DalamWilayah;
import id.pelita.inti.GalatValidasi;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Tingkat;
import io.swagger.v3.oas.annotations.Operation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;

/**
 * A village's measurements of a month as FHIR R4 Observations in a collection Bundle (HAPI FHIR structures and
 * parser): body weight (LOINC 29463-7, kg) and body length lying (8306-3) or height standing (8308-9), 8302-2 when
 * the position is unknown, all in UCUM. Children are referred to pseudonymously: {@code Patient/<HMAC of the
 * child's id>} under a key derived from the PDP key, never a NIK or a name. Health data: every export is audited.
 */
@RestController
class ObservasiFhirApi {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    private static final FhirContext FHIR = FhirContext.forR4();

    private final JdbcClient jdbc;
    private final Akses akses;
    private final AuditLog audit;
    private final DirektoriWilayah wilayah;
    private final byte[] kunci;

    ObservasiFhirApi(JdbcClient jdbc, Akses akses, AuditLog audit, DirektoriWilayah wilayah,
                     @Value("${pelita.pdp.kunci:}") String kunciPdp) {
        this.jdbc = jdbc;
        this.akses = akses;
        this.audit = audit;
        this.wilayah = wilayah;
        this.kunci = turunan(kunciPdp);
    }

    @Operation(summary = "Pengukuran balita satu desa satu bulan sebagai Bundle FHIR R4 Observation (pseudonim)")
    @GetMapping(value = "/api/v1/posyandu/observasi", produces = "application/fhir+json")
    @Transactional
    ResponseEntity<String> observasi(@DalamWilayah @RequestParam(required = false) String desa,
                                     @RequestParam(required = false) String bulan) {
        if (desa == null || wilayah.cari(desa).map(w -> w.tingkat() != Tingkat.DESA).orElse(true)) {
            throw new GalatValidasi("desa", "laporan.galat.desa");
        }
        akses.pastikanWilayah(desa);
        YearMonth b;
        try {
            b = YearMonth.parse(bulan == null ? "" : bulan.strip());
        } catch (DateTimeParseException e) {
            throw new GalatValidasi("bulan", "laporan.galat.bulan");
        }
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(new Date());
        jdbc.sql("select p.id, p.anak_id, p.tanggal_ukur, p.berat_kg, p.panjang_cm, p.cara_ukur from pengukuran_anak p "
                        + "join anak_kia a on a.id = p.anak_id where a.desa_kode = ? and p.tanggal_ukur >= ? "
                        + "and p.tanggal_ukur <= ? order by p.tanggal_ukur, p.id")
                .params(desa, b.atDay(1), b.atEndOfMonth())
                .query((rs, i) -> {
                    long id = rs.getLong(1);
                    String pasien = "Patient/" + pseudonim(rs.getLong(2));
                    LocalDate tanggal = rs.getObject(3, LocalDate.class);
                    BigDecimal berat = rs.getBigDecimal(4);
                    BigDecimal panjang = rs.getBigDecimal(5);
                    if (berat != null) {
                        tambah(bundle, observasi("bb-" + id, pasien, tanggal, "29463-7", "Body weight", berat, "kg", "kg"));
                    }
                    if (panjang != null) {
                        String cara = rs.getString(6);
                        String[] kode = "TELENTANG".equals(cara) ? new String[] {"8306-3", "Body height --lying"}
                                : "BERDIRI".equals(cara) ? new String[] {"8308-9", "Body height --standing"}
                                : new String[] {"8302-2", "Body height"};
                        tambah(bundle, observasi("tb-" + id, pasien, tanggal, kode[0], kode[1], panjang, "cm", "cm"));
                    }
                    return null;
                }).list();
        bundle.setTotal(bundle.getEntry().size());
        audit.catat(AksiAudit.EKSPOR, "posyandu-observasi", desa + ":" + b, desa,
                bundle.getTotal() + " observasi FHIR (pseudonim)");
        return ResponseEntity.ok().contentType(FHIR_JSON)
                .body(FHIR.newJsonParser().encodeResourceToString(bundle));
    }

    private static void tambah(Bundle bundle, Observation o) {
        bundle.addEntry().setFullUrl("urn:pelita:observasi:" + o.getIdElement().getIdPart()).setResource(o);
    }

    private static Observation observasi(String id, String pasien, LocalDate tanggal, String loinc, String tampilan,
                                         BigDecimal nilai, String satuan, String kodeUcum) {
        Observation o = new Observation();
        o.setId(id);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept().addCoding(new Coding(
                "http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs", "Vital Signs")));
        o.setCode(new CodeableConcept().addCoding(new Coding(LOINC, loinc, tampilan)).setText(tampilan));
        o.setSubject(new Reference(pasien));
        o.setEffective(new DateTimeType(tanggal.toString()));
        o.setValue(new Quantity().setValue(nilai).setUnit(satuan).setSystem(UCUM).setCode(kodeUcum));
        o.addIdentifier(new Identifier().setSystem("urn:pelita:pengukuran-anak").setValue(id));
        return o;
    }

    /** A stable pseudonym of a child: HMAC-SHA256 of its id, 32 hex characters; not reversible without the key. */
    String pseudonim(long anakId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(kunci, "HmacSHA256"));
            byte[] h = mac.doFinal(("anak:" + anakId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A key of its own for pseudonyms, derived from the PDP key (so the same deployment gives the same pseudonym);
     * without one (a start that needs none), a random key: pseudonyms are then stable only until restart.
     */
    private static byte[] turunan(String kunciPdp) {
        try {
            byte[] induk;
            if (kunciPdp == null || kunciPdp.isBlank()) {
                induk = new byte[32];
                new SecureRandom().nextBytes(induk);
            } else {
                induk = Base64.getDecoder().decode(kunciPdp.strip());
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(induk, "HmacSHA256"));
            return mac.doFinal("pelita/posyandu/fhir-pseudonim/v1".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Kunci PDP tidak dapat dipakai untuk pseudonim", e);
        }
    }
}
