package id.pelita.pengaduan.internal;

import org.springframework.stereotype.Component;

import java.time.Clock;

/** Every status change goes through here, so the reporter hears of each one exactly once. */
@Component
class PengubahStatus {

    private final RepositoriPenanganan repo;
    private final PemberitahuPelapor pelapor;
    private final Clock jam;

    PengubahStatus(RepositoriPenanganan repo, PemberitahuPelapor pelapor, Clock jam) {
        this.repo = repo;
        this.pelapor = pelapor;
        this.jam = jam;
    }

    /**
     * Moves an open complaint to {@code status}; false (and nothing sent) when it was closed already or is in
     * that status.
     *
     * @param keterangan the other complaint's code (DIGABUNG) or the reason (TIDAK_VALID)
     */
    boolean ubah(Pengaduan p, String status, String keterangan) {
        boolean berubah = repo.ubahStatus(p.id(), status,
                Pengaduan.DIGABUNG.equals(status) ? keterangan : null,
                Pengaduan.TIDAK_VALID.equals(status) ? keterangan : null, jam.instant());
        if (berubah) {
            // A reopened complaint goes through the same statuses again: each round is its own message.
            int putaran = repo.jumlahBukaKembali(p.id());
            pelapor.statusBerubah(p, status, keterangan, putaran == 0 ? "" : ":buka" + putaran);
        }
        return berubah;
    }
}
