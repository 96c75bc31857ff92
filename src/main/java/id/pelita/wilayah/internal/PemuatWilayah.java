package id.pelita.wilayah.internal;

import id.pelita.wilayah.Tingkat;
import id.pelita.wilayah.Wilayah;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import id.pelita.inti.PemuatAwal;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped region file into table {@code wilayah} at start. Keyed on the file's SHA-256, so a
 * restart with the same file only reads and hashes it. Order 0: other modules' data runners (order 10 and
 * later) need the regions. Rows are upserted, never deleted: RT, users and cases refer to region codes.
 */
@Component
@Order(0)
class PemuatWilayah implements PemuatAwal {

    static final String BERKAS = "wilayah/wilayah.csv.gz";
    private static final int UKURAN_BATCH = 2_000;
    private static final int BARIS_PER_INSERT = 200;
    private static final Logger log = LoggerFactory.getLogger(PemuatWilayah.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transaksi;
    private final DirektoriWilayahJdbc direktori;

    PemuatWilayah(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transaksi,
            DirektoriWilayahJdbc direktori) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transaksi = transaksi;
        this.direktori = direktori;
    }

    @Override
    public void muat() {
        muatData();
    }

    HasilMuat muatData() {
        long mulai = System.nanoTime();
        byte[] berkas = baca();
        String checksum = sha256(berkas);
        int[] hitung = transaksi.execute(status -> muatBilaBerubah(berkas, checksum));
        long milidetik = (System.nanoTime() - mulai) / 1_000_000;
        HasilMuat hasil = hitung == null
                ? new HasilMuat(true, 0, 0, milidetik)
                : new HasilMuat(false, hitung[0], hitung[1], milidetik);
        if (hasil.dilewati()) {
            log.info("Data wilayah sudah mutakhir (sha256 {}), dicek dalam {} ms", checksum, milidetik);
        } else {
            direktori.segarkan();
            log.info("Data wilayah dimuat: {} baru, {} diubah dalam {} ms", hasil.baru(), hasil.diubah(), milidetik);
        }
        return hasil;
    }

    /** Returns {inserted, updated}, or null when the loaded data set is this file already. */
    private int[] muatBilaBerubah(byte[] berkas, String checksum) {
        // FOR UPDATE: a second instance starting at the same time waits instead of loading twice.
        String dimuat = jdbc.sql("select checksum from wilayah_dataset where id = 1 for update")
                .query(String.class).optional().orElse(null);
        if (checksum.equals(dimuat)) {
            return null;
        }
        List<Wilayah> semua = urai(berkas);
        Map<String, Wilayah> lama = new HashMap<>(semua.size() * 2);
        jdbc.sql("select kode, induk_kode, tingkat, nama from wilayah")
                .query((rs, i) -> new Wilayah(rs.getString(1), rs.getString(2), Tingkat.valueOf(rs.getString(3)),
                        rs.getString(4)))
                .list().forEach(w -> lama.put(w.kode(), w));

        List<Wilayah> baru = new ArrayList<>();
        List<Wilayah> diubah = new ArrayList<>();
        for (Wilayah w : semua) {
            Wilayah ada = lama.get(w.kode());
            if (ada == null) {
                baru.add(w);
            } else if (!ada.equals(w)) {
                diubah.add(w);
            }
        }
        sisipkan(baru);
        jdbcTemplate.batchUpdate("update wilayah set induk_kode = ?, tingkat = ?, nama = ? where kode = ?",
                diubah, UKURAN_BATCH, (ps, w) -> {
                    ps.setString(1, w.indukKode());
                    ps.setString(2, w.tingkat().name());
                    ps.setString(3, w.nama());
                    ps.setString(4, w.kode());
                });
        catatDataset(checksum, semua.size());
        return new int[] {baru.size(), diubah.size()};
    }

    /**
     * Multi-row inserts ({@value #BARIS_PER_INSERT} rows a statement), sent in JDBC batches: several times faster
     * than one row a statement on H2, and fewer round trips on PostgreSQL.
     */
    private void sisipkan(List<Wilayah> baru) {
        int penuh = baru.size() / BARIS_PER_INSERT * BARIS_PER_INSERT;
        List<List<Wilayah>> potongan = new ArrayList<>();
        for (int i = 0; i < penuh; i += BARIS_PER_INSERT) {
            potongan.add(baru.subList(i, i + BARIS_PER_INSERT));
        }
        jdbcTemplate.batchUpdate(sqlSisip(BARIS_PER_INSERT), potongan, UKURAN_BATCH / BARIS_PER_INSERT, (ps, baris) -> {
            int p = 1;
            for (Wilayah w : baris) {
                ps.setString(p++, w.kode());
                ps.setString(p++, w.indukKode());
                ps.setString(p++, w.tingkat().name());
                ps.setString(p++, w.nama());
            }
        });
        List<Wilayah> sisa = baru.subList(penuh, baru.size());
        if (!sisa.isEmpty()) {
            jdbcTemplate.update(sqlSisip(sisa.size()), ps -> {
                int p = 1;
                for (Wilayah w : sisa) {
                    ps.setString(p++, w.kode());
                    ps.setString(p++, w.indukKode());
                    ps.setString(p++, w.tingkat().name());
                    ps.setString(p++, w.nama());
                }
            });
        }
    }

    private static String sqlSisip(int baris) {
        return "insert into wilayah (kode, induk_kode, tingkat, nama) values "
                + String.join(", ", Collections.nCopies(baris, "(?, ?, ?, ?)"));
    }

    private void catatDataset(String checksum, int jumlah) {
        OffsetDateTime sekarang = OffsetDateTime.now();
        int diperbarui = jdbc.sql("update wilayah_dataset set checksum = ?, jumlah = ?, dimuat_pada = ? where id = 1")
                .params(checksum, jumlah, sekarang).update();
        if (diperbarui == 0) {
            jdbc.sql("insert into wilayah_dataset (id, checksum, jumlah, dimuat_pada) values (1, ?, ?, ?)")
                    .params(checksum, jumlah, sekarang).update();
        }
    }

    static List<Wilayah> urai(byte[] berkas) {
        List<Wilayah> hasil = new ArrayList<>(100_000);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(berkas), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String kepala = in.readLine();
            if (!"kode,induk_kode,tingkat,nama".equals(kepala)) {
                throw new IllegalStateException("Kepala berkas wilayah tidak dikenal: " + kepala);
            }
            for (String baris = in.readLine(); baris != null; baris = in.readLine()) {
                if (baris.isEmpty()) {
                    continue;
                }
                List<String> k = BarisCsv.urai(baris);
                if (k.size() != 4) {
                    throw new IllegalStateException("Baris wilayah tidak sah: " + baris);
                }
                String induk = k.get(1).isEmpty() ? null : k.get(1);
                hasil.add(new Wilayah(k.get(0), induk, Tingkat.valueOf(k.get(2)), k.get(3)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hasil;
    }

    private static byte[] baca() {
        try (InputStream in = new ClassPathResource(BERKAS).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas " + BERKAS + " tidak terbaca", e);
        }
    }

    static String sha256(byte[] isi) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
