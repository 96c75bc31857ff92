package id.pelita.kependudukan.internal;

import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.PemuatAwal;
import id.pelita.kependudukan.JenisKelamin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A few fictional families of Desa Sungai Terap (14.04.01.2004) for the demo run only. Their NIKs pass the
 * rules (Reteh's code 140401, matching dates) but use serials 9xxx, and the names are invented. Desa Bader in
 * Dolopo (35.19.02.2006) gets three families with vulnerable residents whose e-KTP is not yet recorded, for
 * the jemput bola e-KTP demo (module adminduk).
 */
@Component
@Order(40)
class DataDemoKependudukan implements PemuatAwal {

    static final String DESA = "14.04.01.2004";
    private static final Logger LOG = LoggerFactory.getLogger(DataDemoKependudukan.class);

    record Orang(String nik, String nama, JenisKelamin jk, String tempat, LocalDate lahir, int shdk, int kawin,
                 int pekerjaan, int pendidikan) {
    }

    record KeluargaDemo(String noKk, String alamat, String rt, String rw, List<Orang> anggota) {
    }

    static final List<KeluargaDemo> KELUARGA = List.of(
            new KeluargaDemo("1404010101209001", "Jl. Parit Demo No. 1", "001", "001", List.of(
                    new Orang("1404011203809001", "CONTOH SUDIRMAN", JenisKelamin.L, "Sungai Terap", LocalDate.of(1980, 3, 12), 1, 2, 9, 5),
                    new Orang("1404015507839002", "CONTOH AISYAH", JenisKelamin.P, "Tembilahan", LocalDate.of(1983, 7, 15), 3, 2, 2, 4),
                    new Orang("1404010209109003", "CONTOH RAFI", JenisKelamin.L, "Sungai Terap", LocalDate.of(2010, 9, 2), 4, 1, 3, 3))),
            new KeluargaDemo("1404010202219002", "Jl. Kelapa Fiksi No. 7", "002", "001", List.of(
                    new Orang("1404012511759004", "CONTOH HASAN", JenisKelamin.L, "Pulau Kijang", LocalDate.of(1975, 11, 25), 1, 2, 11, 3),
                    new Orang("1404014104789005", "CONTOH SITI", JenisKelamin.P, "Pulau Kijang", LocalDate.of(1978, 4, 1), 3, 2, 8, 3),
                    new Orang("1404016801219006", "CONTOH NURUL", JenisKelamin.P, "Tembilahan", LocalDate.of(2021, 1, 28), 4, 1, 1, 1))),
            new KeluargaDemo("1404010303229003", "Lorong Rekaan No. 3", "001", "002", List.of(
                    new Orang("1404016006509007", "CONTOH MARYAM", JenisKelamin.P, "Sungai Terap", LocalDate.of(1950, 6, 20), 1, 4, 89, 2))));

    /** A Dolopo resident with what the vulnerable list looks at. */
    record OrangRentan(Orang orang, Disabilitas disabilitas, int statusKtp) {
    }

    record KeluargaRentan(String noKk, String alamat, String rt, String rw, List<OrangRentan> anggota) {
    }

    static final String DESA_DOLOPO = "35.19.02.2006";

    static final List<KeluargaRentan> KELUARGA_DOLOPO = List.of(
            new KeluargaRentan("3519020101209011", "Dusun Krajan", "001", "001", List.of(
                    new OrangRentan(new Orang("3519025002489011", "CONTOH SUPARMI", JenisKelamin.P, "Madiun", LocalDate.of(1948, 2, 10), 1, 4, 89, 2), null, 2))),
            new KeluargaRentan("3519020202219012", "Dusun Krajan", "002", "001", List.of(
                    new OrangRentan(new Orang("3519021708529013", "CONTOH KARTO", JenisKelamin.L, "Madiun", LocalDate.of(1952, 8, 17), 1, 2, 9, 2), null, 2),
                    new OrangRentan(new Orang("3519025103569014", "CONTOH SAMINEM", JenisKelamin.P, "Ponorogo", LocalDate.of(1956, 3, 11), 3, 2, 2, 2), null, 3),
                    new OrangRentan(new Orang("3519020506959015", "CONTOH BAGUS", JenisKelamin.L, "Madiun", LocalDate.of(1995, 6, 5), 4, 1, 1, 3), Disabilitas.MENTAL, 2))),
            new KeluargaRentan("3519020303229016", "Dusun Sidomulyo", "003", "002", List.of(
                    new OrangRentan(new Orang("3519021209889017", "CONTOH WIDODO", JenisKelamin.L, "Madiun", LocalDate.of(1988, 9, 12), 1, 2, 9, 4), Disabilitas.FISIK, 2),
                    new OrangRentan(new Orang("3519026104129018", "CONTOH PUTRI", JenisKelamin.P, "Madiun", LocalDate.of(2012, 4, 21), 4, 1, 3, 3), Disabilitas.SENSORIK, 1))));

    private final RepositoriKeluarga keluarga;
    private final RepositoriPenduduk penduduk;
    private final RepositoriMutasi mutasi;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final boolean demo;

    DataDemoKependudukan(RepositoriKeluarga keluarga, RepositoriPenduduk penduduk, RepositoriMutasi mutasi,
                         JdbcClient jdbc, AuditLog audit, @Value("${pelita.demo-data:false}") boolean demo) {
        this.keluarga = keluarga;
        this.penduduk = penduduk;
        this.mutasi = mutasi;
        this.jdbc = jdbc;
        this.audit = audit;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void muat() {
        if (!demo || jdbc.sql("select count(*) from keluarga").query(Long.class).single() > 0) {
            return;
        }
        OffsetDateTime kini = OffsetDateTime.now();
        for (KeluargaDemo k : KELUARGA) {
            long kid = keluarga.simpanBaru(k.noKk(), DESA, k.alamat(), k.rt(), k.rw(), "sistem", kini);
            for (Orang o : k.anggota()) {
                simpan(o, null, o.lahir().isAfter(LocalDate.now().minusYears(17)) ? 1 : 8, kid, DESA, kini);
            }
            audit.catatSistem(AksiAudit.BUAT, LayananKependudukan.JENIS_KELUARGA, String.valueOf(kid), DESA, "data demo");
        }
        for (KeluargaRentan k : KELUARGA_DOLOPO) {
            long kid = keluarga.simpanBaru(k.noKk(), DESA_DOLOPO, k.alamat(), k.rt(), k.rw(), "sistem", kini);
            for (OrangRentan o : k.anggota()) {
                simpan(o.orang(), o.disabilitas(), o.statusKtp(), kid, DESA_DOLOPO, kini);
            }
            audit.catatSistem(AksiAudit.BUAT, LayananKependudukan.JENIS_KELUARGA, String.valueOf(kid), DESA_DOLOPO,
                    "data demo");
        }
        LOG.info("Data demo: {} keluarga fiktif di Desa Sungai Terap, {} di Desa Bader (Dolopo)", KELUARGA.size(),
                KELUARGA_DOLOPO.size());
    }

    private void simpan(Orang o, Disabilitas disabilitas, int statusKtp, long kid, String desa, OffsetDateTime kini) {
        var f = new FormAnggota();
        f.setNik(o.nik());
        f.setNama(o.nama());
        f.setJenisKelamin(o.jk());
        f.setTempatLahir(o.tempat());
        f.setTanggalLahir(o.lahir());
        f.setShdk(o.shdk());
        f.setStatusKawin(o.kawin());
        f.setPekerjaan(o.pekerjaan());
        f.setPendidikan(o.pendidikan());
        f.setDisabilitas(disabilitas);
        f.setStatusRekamKtp(statusKtp);
        long pid = penduduk.simpanBaru(f, kid, desa, "sistem", kini);
        long mid = mutasi.catat(pid, JenisMutasi.PENDATAAN, o.lahir(), desa, null, kid, "data demo", "sistem", kini);
        mutasi.mulaiHadir(pid, kid, desa, o.lahir(), mid);
        if (o.shdk() == KodeSiak.KEPALA_KELUARGA) {
            keluarga.aturKepala(kid, pid);
        }
    }
}
