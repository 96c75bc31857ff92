package id.pelita.layanan;

import id.pelita.akun.PenggunaSaatIni;

/** What the dashboard may ask about a user's work. */
public interface KotakTugas {

    /** Tasks assigned to the user or waiting unclaimed in one of the user's groups. */
    long jumlahTugas(PenggunaSaatIni pengguna);

    /** Of those, how many are past their deadline. */
    long jumlahTerlambat(PenggunaSaatIni pengguna);
}
