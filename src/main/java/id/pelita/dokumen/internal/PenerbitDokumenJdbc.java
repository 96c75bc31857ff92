package id.pelita.dokumen.internal;

import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.dokumen.PenandaTangan;
import id.pelita.dokumen.PenerbitDokumen;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/** Signs through {@link PenandaTangan} and archives the result; the code is 20 random base-32 characters. */
@Service
class PenerbitDokumenJdbc implements PenerbitDokumen {

    private static final char[] ABJAD = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom ACAK = new SecureRandom();
    private static final RowMapper<DokumenTerbit> BARIS = (rs, i) -> new DokumenTerbit(rs.getString("kode"),
            rs.getString("nomor"), rs.getString("judul"), rs.getString("wilayah_kode"), rs.getString("rujukan"),
            rs.getString("penanda_tangan"), rs.getString("sertifikat"), rs.getString("sha256"),
            rs.getObject("ditandatangani", OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;
    private final PenandaTangan penanda;
    private final AuditLog audit;
    private final Clock jam;
    private final String urlPublik;

    PenerbitDokumenJdbc(JdbcClient jdbc, PenandaTangan penanda, AuditLog audit, Clock jam,
                        @Value("${pelita.url-publik:http://localhost:8080}") String urlPublik) {
        this.jdbc = jdbc;
        this.penanda = penanda;
        this.audit = audit;
        this.jam = jam;
        this.urlPublik = urlPublik.endsWith("/") ? urlPublik.substring(0, urlPublik.length() - 1) : urlPublik;
    }

    @Override
    public Kerangka siapkan() {
        StringBuilder s = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            s.append(ABJAD[ACAK.nextInt(ABJAD.length)]);
        }
        String kode = s.toString();
        String alamat = urlPublik + "/verifikasi/" + kode;
        return new Kerangka(kode, alamat, KodeQr.dataUri(alamat));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public DokumenTerbit terbitkan(Kerangka k, String nomor, String judul, String wilayahKode, String rujukan,
                                   PenandaTangan.Permintaan permintaan, byte[] pdf) {
        byte[] bertanda = penanda.tandaTangani(pdf, permintaan);
        var hasil = PemeriksaPades.periksa(bertanda);
        if (!hasil.sah()) {
            throw new IllegalStateException("Tanda tangan dokumen " + nomor + " tidak sah setelah dibuat");
        }
        Instant kini = jam.instant().truncatedTo(ChronoUnit.MICROS);
        String sha = sha256(bertanda);
        jdbc.sql("insert into dokumen_terbit (kode, nomor, judul, wilayah_kode, rujukan, penanda_tangan, sertifikat, "
                        + "sertifikat_sha256, sha256, pdf, ditandatangani) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(k.kode(), nomor, judul, wilayahKode, rujukan, permintaan.namaPenanda(), hasil.subjek(),
                        hasil.sidikJari(), sha, bertanda, kini.atOffset(ZoneOffset.UTC)).update();
        audit.catat(AksiAudit.BUAT, "dokumen", k.kode(), wilayahKode, "Ditandatangani: " + judul + " " + nomor);
        return new DokumenTerbit(k.kode(), nomor, judul, wilayahKode, rujukan, permintaan.namaPenanda(),
                hasil.subjek(), sha, kini);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DokumenTerbit> cari(String kode) {
        return jdbc.sql("select kode, nomor, judul, wilayah_kode, rujukan, penanda_tangan, sertifikat, sha256, "
                + "ditandatangani from dokumen_terbit where kode = ?").param(kode).query(BARIS).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(String kode) {
        return jdbc.sql("select pdf from dokumen_terbit where kode = ?").param(kode).query(byte[].class).optional();
    }

    Optional<String> sidikJariSertifikat(String kode) {
        return jdbc.sql("select sertifikat_sha256 from dokumen_terbit where kode = ?").param(kode)
                .query(String.class).optional();
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
