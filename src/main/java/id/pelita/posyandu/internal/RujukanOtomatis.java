package id.pelita.posyandu.internal;

import id.pelita.akun.DirektoriPengguna;
import id.pelita.inti.Peran;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.notifikasi.Notifikasi;
import id.pelita.notifikasi.PesanKeluar;
import id.pelita.posyandu.AlasanRujukan;
import id.pelita.posyandu.RujukanStuntingDibuka;
import id.pelita.posyandu.internal.Model.Anak;
import id.pelita.posyandu.internal.Model.Posyandu;
import id.pelita.posyandu.internal.Model.Ukur;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A finding at the posyandu opens a case of the stunting-handling SOP (PUL KOMPAS) from dispatch on, in the
 * measurement's transaction, as module pengaduan's PembukaKasus does for a citizen's report: steps 1 (report
 * received) and 2 (forwarded to the camat and the coordinator) are done by the system, the forwarding being the
 * in-app notices sent here to the camat and the TP-PKK chair of the kecamatan. Findings: TB/U &lt; −2 (stunted or
 * severely stunted), BB/TB &lt; −3 (severely wasted), or not gaining weight (T) this month and last month.
 * Once per child while a case is open.
 */
@Component
class RujukanOtomatis {

    static final String SOP = "PUL-KOMPAS";
    static final int LANGKAH_OTOMATIS = 2;

    private final RepositoriPosyandu repo;
    private final PembukaBerkas pembuka;
    private final DirektoriPengguna pengguna;
    private final Notifikasi notifikasi;
    private final ApplicationEventPublisher event;
    private final Clock jam;

    RujukanOtomatis(RepositoriPosyandu repo, PembukaBerkas pembuka, DirektoriPengguna pengguna,
                    Notifikasi notifikasi, ApplicationEventPublisher event, Clock jam) {
        this.repo = repo;
        this.pembuka = pembuka;
        this.pengguna = pengguna;
        this.notifikasi = notifikasi;
        this.event = event;
        this.jam = jam;
    }

    static Set<AlasanRujukan> alasan(Ukur u, Optional<Ukur> sebelumnya) {
        Set<AlasanRujukan> a = EnumSet.noneOf(AlasanRujukan.class);
        if (u.zlen() != null && u.zlen().doubleValue() < -3) {
            a.add(AlasanRujukan.SANGAT_PENDEK);
        } else if (u.zlen() != null && u.zlen().doubleValue() < -2) {
            a.add(AlasanRujukan.PENDEK);
        }
        if (u.zwfl() != null && u.zwfl().doubleValue() < -3) {
            a.add(AlasanRujukan.GIZI_BURUK);
        }
        // T now means last month's weighing exists (else O); T then as well is two months in a row.
        if ("T".equals(u.kenaikan()) && sebelumnya.map(s -> "T".equals(s.kenaikan())).orElse(false)) {
            a.add(AlasanRujukan.TIDAK_NAIK_2X);
        }
        return a;
    }

    /** Opens the case when the measurement is a finding and the child has no open case; returns its number. */
    String periksa(Anak anak, Posyandu posyandu, Ukur u, Optional<Ukur> sebelumnya) {
        Set<AlasanRujukan> alasan = alasan(u, sebelumnya);
        if (alasan.isEmpty() || adaBerkasTerbuka(anak.id()) || !pembuka.berlaku(SOP, anak.desaKode())) {
            return null;
        }
        String teksAlasan = alasan.stream().map(Enum::name).collect(Collectors.joining(","));
        String ringkasan = "Temuan posyandu " + posyandu.nama() + " tanggal " + u.tanggalUkur() + ": anak KIA #"
                + anak.id() + " (" + inisial(anak.nama()) + ", " + u.umurBulan() + " bulan), " + uraian(alasan, u)
                + ". Rincian: /posyandu/anak/" + anak.id();
        String nomor = pembuka.bukaOtomatis(SOP, anak.desaKode(), "Posyandu " + posyandu.nama(), null, ringkasan,
                "KIA-ANAK-" + anak.id(), LANGKAH_OTOMATIS);
        repo.simpanRujukan(anak.id(), u.id(), teksAlasan, nomor, OffsetDateTime.now(jam));
        String kecamatan = anak.desaKode().substring(0, anak.desaKode().lastIndexOf('.'));
        for (Peran peran : new Peran[] {Peran.CAMAT, Peran.TP_PKK}) {
            for (var p : pengguna.aktif(peran, kecamatan)) {
                notifikasi.kirim(PesanKeluar.aplikasi(p.username(), "PUL KOMPAS " + nomor + ": temuan posyandu",
                        ringkasan, "posyandu:rujukan:" + nomor + ":" + p.username()));
            }
        }
        event.publishEvent(new RujukanStuntingDibuka(anak.id(), u.id(), anak.desaKode(), nomor, alasan));
        return nomor;
    }

    boolean adaBerkasTerbuka(long anakId) {
        return repo.rujukan(anakId).stream().anyMatch(r -> pembuka.status(r.nomorBerkas())
                .map(s -> "BERJALAN".equals(s.status())).orElse(false));
    }

    /** Only initials leave the module in the case summary (the case page is read more widely). */
    static String inisial(String nama) {
        StringBuilder b = new StringBuilder();
        for (String bagian : nama.strip().split("\\s+")) {
            if (!bagian.isEmpty()) {
                b.append(Character.toUpperCase(bagian.charAt(0))).append('.');
            }
        }
        return b.toString();
    }

    private static String uraian(Set<AlasanRujukan> alasan, Ukur u) {
        return alasan.stream().map(a -> switch (a) {
            case PENDEK -> "pendek (TB/U " + PemeriksaKewajaran.format(u.zlen().doubleValue()) + ")";
            case SANGAT_PENDEK -> "sangat pendek (TB/U " + PemeriksaKewajaran.format(u.zlen().doubleValue()) + ")";
            case GIZI_BURUK -> "gizi buruk (BB/TB " + PemeriksaKewajaran.format(u.zwfl().doubleValue()) + ")";
            case TIDAK_NAIK_2X -> "berat tidak naik 2 bulan berturut-turut";
        }).collect(Collectors.joining(", "));
    }
}
