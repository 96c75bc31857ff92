package id.pelita.sop.internal.dokumen;

import id.pelita.inti.Peran;
import id.pelita.sop.DefinisiSop;
import id.pelita.sop.DefinisiSop.Keputusan;
import id.pelita.sop.DefinisiSop.Langkah;
import id.pelita.sop.DefinisiSop.Pelaksana;
import java.time.LocalDate;
import java.util.List;

/** SOPs of the seed documents, built in code: BSPPS (seed 002, with a decision) and e-KTP (seed 003, 12 steps). */
final class ContohSop {

    private ContohSop() {
    }

    static DefinisiSop bspps() {
        return bspps("Korcam/TKSK menyerahkan pengajuan ijin monev untuk dirakorkan Forkopimcam, Agen dan Perwakilan KPM");
    }

    static DefinisiSop bspps(String kegiatanPertama) {
        List<Pelaksana> pelaksana = List.of(
                new Pelaksana("PEMOHON", "Pemohon", Peran.STAF, true),
                new Pelaksana("STAF", "Staf / Pengolah Data Kemasyarakatan", Peran.STAF, false),
                new Pelaksana("KASI", "Kasi Kemasyarakatan", Peran.KASI, false),
                new Pelaksana("CAMAT", "Camat", Peran.CAMAT, false));
        List<Langkah> langkah = List.of(
                new Langkah(1, kegiatanPertama, "PEMOHON", List.of("Pengantar dari Desa", "Berkas Pemohon"), "5 menit",
                        "Berkas lengkap", null, null),
                new Langkah(2, "Menerima serta mengecek kelengkapan bahan Rakor/berkas dari Pemohon", "STAF",
                        List.of("Berkas Pemohon"), "5 menit", "Berkas lengkap", null,
                        new Keputusan("Berkas lengkap?", 1, "Ya", "Tidak")),
                new Langkah(3, "Memproses berkas dan bahan Rakor yang sudah lengkap", "STAF", List.of("Berkas Pemohon"),
                        "10 menit", "Berkas lengkap", null, null),
                new Langkah(4, "Paraf berkas yang sudah lengkap", "KASI", List.of("Berkas pemohon"), "5 menit",
                        "Berkas lengkap", null, null),
                new Langkah(5, "Camat menerima berkas yang sudah lengkap untuk ditandatangani", "CAMAT",
                        List.of("Berkas"), "5 menit", "Berkas sudah ditandatangani", null, null),
                new Langkah(6, "Memproses berkas yang sudah ditandatangani Camat dan diregister", "STAF",
                        List.of("Alat Tulis Kantor (ATK)"), "5 menit", "Berkas sudah diregister",
                        "Register Rakor BSPPS", null),
                new Langkah(7, "Pemohon menerima berkas surat jadi untuk disampaikan kepada peserta Rakor", "PEMOHON",
                        List.of("Berkas yang sudah jadi"), "5 menit", "Berkas sudah diambil", null, null));
        return new DefinisiSop("BSPPS-RAKOR", 1,
                "Pelayanan Rapat Koordinasi Bantuan Sosial Pangan Program Sembako (BSPPS)", "065/05/416-304/2024",
                "Pemerintah Kabupaten Mojokerto Kecamatan Trawas", "Seksi Kemasyarakatan", List.of("35.16.04"),
                LocalDate.of(2024, 1, 15), null, LocalDate.of(2024, 1, 15),
                new DefinisiSop.Pengesah("Camat Trawas", "SUGONDO, S.Sos., MM.", "Pembina", "19670110 199003 1 007"),
                List.of("Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial",
                        "Peraturan Presiden Nomor 63 Tahun 2017 tentang Penyaluran Bantuan Sosial Pangan Program Sembako"),
                List.of("Menguasai kebijakan mengenai rapat koordinasi persiapan penyaluran BSPPS"),
                List.of("SOP Kegiatan RAKOR"),
                List.of("Berkas pemohon", "Alat tulis kantor", "Sembako BSPPS yang akan disalurkan"),
                "Pelayanan penerimaan dan penelitian berkas yang kurang prima akan menghambat penyelesaian ketepatan "
                        + "waktu dalam proses Persiapan Rakor BSPPS",
                List.of("Dicatat dalam Register Rakor BSPPS"), pelaksana, langkah,
                new DefinisiSop.Register("Register Rakor BSPPS", "{nomor}/{unit}/{bulan}/{tahun}", "416-304"),
                "seed 002");
    }

    static DefinisiSop ektp() {
        List<Pelaksana> pelaksana = List.of(
                new Pelaksana("CAMAT", "Camat", Peran.CAMAT, false),
                new Pelaksana("KASI", "Kasi Pelayanan", Peran.KASI, false),
                new Pelaksana("STAF", "Staf/ Petugas", Peran.STAF, false),
                new Pelaksana("DESA", "Pemerintah Desa/Kel", Peran.OPERATOR_DESA, false),
                new Pelaksana("DINAS", "Dispendukcapil /Kesra/Dinsos", Peran.STAF, true));
        List<Langkah> langkah = List.of(
                l(1, "Aparatur Pemerintahan Desa/Kelurahan mengumpulkan Data Lansia, Disabilitas dan ODGJ ke Staf Pelayanan Kecamatan", "DESA", "Data Lansia, Disabilitas dan ODGJ", "5 menit", "Data Kaum Rentan"),
                l(2, "Staf melakukan pengumpulan data Lansia, Disabilitas dan ODGJ dari Desa/Kelurahan", "STAF", "Data Kaum Rentan", "15 menit", "Data Kaum Rentan"),
                l(3, "Melakukan Rapat Koordinasi terkait Data dan Jadwal Perekaman e-KTP bagi kaum rentan (Lansia, Disabilitas dan ODGJ)", "CAMAT", "Data Kaum Rentan, ATK", "2 jam", "Data Kaum Rentan"),
                l(4, "Penentuan Jadwal Perekaman Layanan Jemput Bola", "KASI", "Data Kaum Rentan, ATK", "30 menit", "Jadwal Perekaman"),
                l(5, "Pelaksanaan Perekaman", "STAF", "Jadwal, Alat Perekaman", "10 hari", "Hasil Perekaman"),
                l(6, "Melakukan proses cetak e-KTP dan kartu keluarga (KK)", "DINAS", "Hasil Perekaman e-KTP", "2 hari", "E-KTP jadi"),
                l(7, "Penyerahan e-KTP dan kartu keluarga (KK) jadi ke Kecamatan", "DINAS", "E-KTP jadi", "1 jam", "E-KTP jadi"),
                l(8, "Penyerahan e-KTP dan kartu keluarga (KK) ke Desa/Kelurahan", "STAF", "E-KTP jadi", "1 jam", "E-KTP jadi"),
                l(9, "Melakukan Koordinasi dengan Dinas Sosial/ Kesejahteraan Sosial dan Pemerintahan Desa/Kelurahan terkait Bantuan apa yang diterima/ yang belum diterima", "KASI", "Data Kaum Rentan, ATK", "2 jam", "Data Kaum Rentan"),
                l(10, "Memfasilitasi pengusulan DTKS dll", "STAF", "Data Kaum Rentan, ATK", "3 jam", "Data bantuan bagi kaum rentan"),
                l(11, "Melakukan evaluasi terhadap hasil usulan", "CAMAT", "Data bantuan bagi kaum rentan", "2 jam", "Bantuan bagi kaum rentan"),
                l(12, "Memfasilitasi penerima bantuan", "DESA", "Data bantuan bagi kaum rentan", "10 menit", "Bantuan"));
        return new DefinisiSop("EKTP-JEMPUT-BOLA", 2, "Jemput Bola Perekaman E-KTP", "130/547/402.403/2020",
                "Pemerintah Kabupaten Madiun Kecamatan Dolopo", "Seksi Pelayanan", List.of("35.19.02"),
                LocalDate.of(2020, 6, 18), LocalDate.of(2021, 2, 1), LocalDate.of(2020, 7, 1),
                new DefinisiSop.Pengesah("Camat Dolopo", "HERY PAKAR NUGROHO, S.Sos, M.Si", "Pembina",
                        "19720524 199703 1 004"),
                List.of("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                        "Permendagri No 52 Tahun 2011 tentang Standar Operasional Prosedur"),
                List.of("Memiliki pengetahuan tentang SIAK berbasis online", "Mampu mengoperasikan alat perekaman KTP-el"),
                List.of("SOP Administrasi Surat Masuk", "SOP Administrasi Surat Keluar"),
                List.of("Komputer", "Aplikasi SIAK", "Printer", "ATK"),
                "Apabila tidak dilaksanakan sesuai SOP maka jemput bola perekaman e-KTP tidak berjalan lancar",
                List.of("Dicatat dalam buku agenda"), pelaksana, langkah, null, "seed 003");
    }

    private static Langkah l(int no, String kegiatan, String pelaksana, String kelengkapan, String waktu, String output) {
        return new Langkah(no, kegiatan, pelaksana, List.of(kelengkapan), waktu, output, null, null);
    }
}
