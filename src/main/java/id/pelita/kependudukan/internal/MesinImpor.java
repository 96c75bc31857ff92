package id.pelita.kependudukan.internal;

import id.pelita.inti.GalatValidasi;
import id.pelita.wilayah.DirektoriWilayah;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import id.pelita.akun.Akses;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The work of an import: {@link #analisis} reads and checks every row against the file, the NIK rules and the
 * register (nothing is written), {@link #simpan} writes the rows through {@link LayananKependudukan} (so the
 * rules, the audit trail and the submission tagging of hand-keyed records apply): all-or-nothing in one
 * transaction, or the valid rows in batches (a batch that fails is retried row by row).
 */
@Component
class MesinImpor {

    private static final Logger LOG = LoggerFactory.getLogger(MesinImpor.class);
    private static final int POTONGAN = 500;
    private static final int BATCH = 200;

    enum Mode {
        /** Nothing is stored if any row has an error. */
        SEMUA_ATAU_TIDAK,
        /** The valid rows are stored, the others reported. */
        BARIS_SAH
    }

    interface Kemajuan {
        void maju(int diproses, int total);

        Kemajuan DIAM = (d, t) -> { };
    }

    /** A file checked against the register: its rows with what storing would do, and the counts. */
    record Analisis(KolomImpor.Format format, List<BarisImpor> baris) {
        long galat() { return baris.stream().filter(BarisImpor::galat).count(); }
        long peringatan() { return baris.stream().filter(b -> !b.galat() && b.peringatan()).count(); }
        long sah() { return baris.size() - galat(); }
        long hitung(BarisImpor.Aksi a) { return baris.stream().filter(b -> !b.galat() && b.aksi == a).count(); }
        long keluargaBaru() { return baris.stream().filter(b -> !b.galat() && b.kepalaBaru).count(); }
        List<CatatanImpor> catatan() { return baris.stream().flatMap(b -> b.catatan.stream()).toList(); }
    }

    /** What was stored. */
    record Hasil(boolean ditolak, int baru, int diubah, int tidakBerubah, int keluargaBaru, int gagal) {
    }

    private static final Map<String, KolomImpor> FIELD = Map.ofEntries(Map.entry("nik", KolomImpor.NIK),
            Map.entry("noKk", KolomImpor.NO_KK), Map.entry("nama", KolomImpor.NAMA),
            Map.entry("jenisKelamin", KolomImpor.JENIS_KELAMIN), Map.entry("tempatLahir", KolomImpor.TEMPAT_LAHIR),
            Map.entry("tanggalLahir", KolomImpor.TANGGAL_LAHIR), Map.entry("agama", KolomImpor.AGAMA),
            Map.entry("pendidikan", KolomImpor.PENDIDIKAN), Map.entry("pekerjaan", KolomImpor.PEKERJAAN),
            Map.entry("statusKawin", KolomImpor.STATUS_KAWIN), Map.entry("shdk", KolomImpor.SHDK),
            Map.entry("golonganDarah", KolomImpor.GOLONGAN_DARAH), Map.entry("statusRekamKtp", KolomImpor.STATUS_REKAM_KTP),
            Map.entry("kewarganegaraan", KolomImpor.KEWARGANEGARAAN), Map.entry("sebab", KolomImpor.SEBAB),
            Map.entry("tanggalDatang", KolomImpor.TANGGAL_DATANG), Map.entry("alamat", KolomImpor.ALAMAT));

    private final RepositoriPenduduk penduduk;
    private final RepositoriKeluarga keluarga;
    private final SandiPdp sandi;
    private final Validator validator;
    private final DirektoriWilayah wilayah;
    private final LayananKependudukan layanan;
    private final TransactionTemplate tx;
    private final TransactionTemplate titikSimpan;
    private final BatasImpor batas;
    private final PenulisImpor penulis;
    private final Akses akses;

    MesinImpor(RepositoriPenduduk penduduk, RepositoriKeluarga keluarga, SandiPdp sandi, Validator validator,
               DirektoriWilayah wilayah, LayananKependudukan layanan, PlatformTransactionManager tm, BatasImpor batas,
               PenulisImpor penulis, Akses akses) {
        this.penduduk = penduduk;
        this.keluarga = keluarga;
        this.sandi = sandi;
        this.validator = validator;
        this.wilayah = wilayah;
        this.layanan = layanan;
        this.tx = new TransactionTemplate(tm);
        this.titikSimpan = new TransactionTemplate(tm);
        this.titikSimpan.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.batas = batas;
        this.penulis = penulis;
        this.akses = akses;
    }

    BatasImpor batas() {
        return batas;
    }

    /** Reads the file and checks every row; {@code maksBaris} > 0 stops early (a preview). */
    Analisis analisis(byte[] isi, String desa, Kemajuan kemajuan) {
        List<BarisImpor> semua = new ArrayList<>();
        KolomImpor.Format[] format = new KolomImpor.Format[1];
        PenerjemahBaris[] penerjemah = new PenerjemahBaris[1];
        KolomImpor.Peta[] petaKini = new KolomImpor.Peta[1];
        BerkasImpor.baca(isi, batas, new BerkasImpor.Penerima() {
            @Override
            public void judul(List<String> kolom) {
                KolomImpor.Peta peta = KolomImpor.kenali(kolom);
                format[0] = peta.format();
                petaKini[0] = peta;
                // Region codes of the NIKs, looked up once per code in this file.
                Map<String, Boolean> kode = new HashMap<>();
                penerjemah[0] = new PenerjemahBaris(peta, desa, validator,
                        k -> kode.computeIfAbsent(k, x -> wilayah.cari(x).isPresent()));
            }

            @Override
            public boolean baris(int nomor, List<BerkasImpor.Nilai> sel) {
                semua.add(penerjemah[0].terjemahkan(nomor, sel));
                if (semua.size() % 1000 == 0) {
                    kemajuan.maju(semua.size() / 2, 0);
                }
                return true;
            }
        });
        if (semua.isEmpty()) {
            throw new BerkasDitolak("impor.berkas.tanpa.baris");
        }
        bandingkan(semua, desa, kemajuan, petaKini[0]);
        return new Analisis(format[0], semua);
    }

    /** The first rows as read and translated, without looking at the register (the preview). */
    List<BarisImpor> pratinjau(byte[] isi, String desa, int jumlah) {
        List<BarisImpor> hasil = new ArrayList<>();
        PenerjemahBaris[] penerjemah = new PenerjemahBaris[1];
        try {
            BerkasImpor.baca(isi, batas, new BerkasImpor.Penerima() {
                @Override
                public void judul(List<String> kolom) {
                    penerjemah[0] = new PenerjemahBaris(KolomImpor.kenali(kolom), desa, validator, k -> true);
                }

                @Override
                public boolean baris(int nomor, List<BerkasImpor.Nilai> sel) {
                    hasil.add(penerjemah[0].terjemahkan(nomor, sel));
                    return hasil.size() < jumlah;
                }
            });
        } catch (BerkasDitolak e) {
            return List.of();
        }
        return hasil;
    }

    /** Duplicates inside the file, then the register: which rows are new, changed, unchanged or refused. */
    private void bandingkan(List<BarisImpor> semua, String desa, Kemajuan kemajuan, KolomImpor.Peta peta) {
        Map<String, Integer> nikDilihat = new HashMap<>();
        for (BarisImpor b : semua) {
            String nik = b.form.getNik();
            if (nik == null || b.galat()) {
                continue;
            }
            Integer lain = nikDilihat.putIfAbsent(nik, b.nomor);
            if (lain != null) {
                b.galat(kolom(peta, KolomImpor.NIK), "impor.nik.ganda", lain);
            }
        }
        // New families of the file: KK hash -> the row of its head (first valid SHDK 1 row)
        Map<String, BarisImpor> kepalaBerkas = new LinkedHashMap<>();
        // Families of registered residents, read once per family in this file.
        Map<Long, Keluarga> keluargaLama = new HashMap<>();
        for (int i = 0; i < semua.size(); i += POTONGAN) {
            List<BarisImpor> potong = semua.subList(i, Math.min(semua.size(), i + POTONGAN));
            Map<BarisImpor, String> hashNik = new HashMap<>();
            Map<BarisImpor, String> hashKk = new HashMap<>();
            for (BarisImpor b : potong) {
                if (!b.galat()) {
                    hashNik.put(b, sandi.hash(b.form.getNik()));
                    hashKk.put(b, sandi.hash(b.noKk));
                }
            }
            Map<String, Penduduk> ada = penduduk.cariNikHash(new java.util.HashSet<>(hashNik.values()));
            Map<String, Keluarga> kk = keluarga.cariNoKkHash(new java.util.HashSet<>(hashKk.values()));
            for (BarisImpor b : potong) {
                if (b.galat()) {
                    continue;
                }
                Penduduk p = ada.get(hashNik.get(b));
                Keluarga k = kk.get(hashKk.get(b));
                if (p != null) {
                    lama(b, p, desa, peta, keluargaLama);
                } else if (k != null) {
                    if (!k.desaKode().equals(desa)) {
                        b.galat(kolom(peta, KolomImpor.NO_KK), "keluarga.nokk.terdaftar", wilayah.namaLengkap(k.desaKode()));
                    } else if (Objects.equals(b.form.getShdk(), KodeSiak.KEPALA_KELUARGA) && k.kepalaId() != null) {
                        b.galat(kolom(peta, KolomImpor.SHDK), "keluarga.kepala.sudah.ada");
                    } else {
                        b.aksi = BarisImpor.Aksi.BARU;
                        b.keluargaId = k.id();
                    }
                } else {
                    b.aksi = BarisImpor.Aksi.BARU;
                    String h = hashKk.get(b);
                    if (Objects.equals(b.form.getShdk(), KodeSiak.KEPALA_KELUARGA)) {
                        BarisImpor kepala = kepalaBerkas.putIfAbsent(h, b);
                        if (kepala != null) {
                            b.galat(kolom(peta, KolomImpor.SHDK), "impor.kepala.ganda", kepala.nomor);
                        } else if (b.alamat == null) {
                            b.galat(kolom(peta, KolomImpor.ALAMAT), "impor.alamat.wajib");
                        } else {
                            b.kepalaBaru = true;
                        }
                    }
                }
            }
            kemajuan.maju(semua.size() / 2 + (i + potong.size()) / 2, 0);
        }
        // Members of a new family need its head in the file.
        for (BarisImpor b : semua) {
            if (!b.galat() && b.aksi == BarisImpor.Aksi.BARU && b.keluargaId == null && !b.kepalaBaru) {
                BarisImpor kepala = kepalaBerkas.get(sandi.hash(b.noKk));
                if (kepala == null) {
                    b.galat(kolom(peta, KolomImpor.NO_KK), "impor.kk.tanpa.kepala");
                } else if (kepala.galat()) {
                    b.galat(kolom(peta, KolomImpor.NO_KK), "impor.kepala.ditolak", kepala.nomor);
                }
            }
        }
    }

    /** A NIK already registered: here and in the same family it is an update (or nothing); elsewhere refused. */
    private void lama(BarisImpor b, Penduduk p, String desa, KolomImpor.Peta peta, Map<Long, Keluarga> keluargaLama) {
        if (!p.desaKode().equals(desa)) {
            b.galat(kolom(peta, KolomImpor.NIK), "penduduk.nik.terdaftar", wilayah.namaLengkap(p.desaKode()));
            return;
        }
        Keluarga k = keluargaLama.computeIfAbsent(p.keluargaId(), id -> keluarga.cari(id).orElseThrow());
        if (!k.noKk().equals(b.noKk)) {
            b.galat(kolom(peta, KolomImpor.NO_KK), "impor.kk.berbeda");
            return;
        }
        FormPenduduk baru = FormPenduduk.dari(p);
        FormAnggota f = b.form;
        for (KolomImpor kol : b.terisi) {
            switch (kol) {
                case NIK -> baru.setNik(f.getNik());
                case NAMA -> baru.setNama(f.getNama());
                case JENIS_KELAMIN -> baru.setJenisKelamin(f.getJenisKelamin());
                case TEMPAT_LAHIR -> baru.setTempatLahir(f.getTempatLahir());
                case TANGGAL_LAHIR -> baru.setTanggalLahir(f.getTanggalLahir());
                case AGAMA -> baru.setAgama(f.getAgama());
                case PENDIDIKAN -> baru.setPendidikan(f.getPendidikan());
                case PEKERJAAN -> baru.setPekerjaan(f.getPekerjaan());
                case STATUS_KAWIN -> baru.setStatusKawin(f.getStatusKawin());
                case SHDK -> baru.setShdk(f.getShdk());
                case GOLONGAN_DARAH -> baru.setGolonganDarah(f.getGolonganDarah());
                case DISABILITAS -> baru.setDisabilitas(f.getDisabilitas());
                case STATUS_REKAM_KTP -> baru.setStatusRekamKtp(f.getStatusRekamKtp());
                case KEWARGANEGARAAN -> baru.setKewarganegaraan(f.getKewarganegaraan());
                case TELEPON -> baru.setTelepon(f.getTelepon());
                default -> { }
            }
        }
        b.pendudukId = p.id();
        b.keluargaId = p.keluargaId();
        if (sama(baru, p)) {
            b.aksi = BarisImpor.Aksi.TIDAK_BERUBAH;
        } else {
            if (!Objects.equals(baru.getShdk(), p.shdk()) && Objects.equals(baru.getShdk(), KodeSiak.KEPALA_KELUARGA)
                    && k.kepalaId() != null && k.kepalaId() != p.id()) {
                b.galat(kolom(peta, KolomImpor.SHDK), "keluarga.kepala.sudah.ada");
                return;
            }
            b.aksi = BarisImpor.Aksi.DIUBAH;
            b.formUbah = baru;
        }
    }

    static boolean sama(FormPenduduk f, Penduduk p) {
        return Objects.equals(f.getNik(), p.nik()) && Objects.equals(f.getNama(), p.nama())
                && f.getJenisKelamin() == p.jenisKelamin() && Objects.equals(f.getTempatLahir(), p.tempatLahir())
                && Objects.equals(f.getTanggalLahir(), p.tanggalLahir()) && Objects.equals(f.getAgama(), p.agama())
                && Objects.equals(f.getPendidikan(), p.pendidikan()) && Objects.equals(f.getPekerjaan(), p.pekerjaan())
                && Objects.equals(f.getStatusKawin(), p.statusKawin()) && Objects.equals(f.getShdk(), p.shdk())
                && Objects.equals(f.getGolonganDarah(), p.golonganDarah()) && f.getDisabilitas() == p.disabilitas()
                && Objects.equals(f.getStatusRekamKtp(), p.statusRekamKtp())
                && Objects.equals(f.getKewarganegaraan(), p.kewarganegaraan())
                && Objects.equals(f.getTelepon(), p.telepon());
    }

    private static String kolom(KolomImpor.Peta peta, KolomImpor k) {
        return peta.namaKolom(k);
    }

    // --- storing

    private static final class Hitung {
        int baru;
        int diubah;
        int tidakBerubah;
        int keluargaBaru;
        int gagal;
        Map<String, Long> keluargaBerkas = new HashMap<>();

        void pulihkan(Hitung h) {
            baru = h.baru;
            diubah = h.diubah;
            tidakBerubah = h.tidakBerubah;
            keluargaBaru = h.keluargaBaru;
            gagal = h.gagal;
            keluargaBerkas = new HashMap<>(h.keluargaBerkas);
        }

        Hitung salin() {
            Hitung h = new Hitung();
            h.baru = baru;
            h.diubah = diubah;
            h.tidakBerubah = tidakBerubah;
            h.keluargaBaru = keluargaBaru;
            h.gagal = gagal;
            h.keluargaBerkas = new HashMap<>(keluargaBerkas);
            return h;
        }
    }

    /** A row that failed while being written (the message is already on the row). */
    private static final class BarisGagal extends RuntimeException {
        BarisGagal() {
            super(null, null, false, false);
        }
    }

    Hasil simpan(Analisis a, String desa, Mode mode, Kemajuan kemajuan) {
        if (mode == Mode.SEMUA_ATAU_TIDAK && a.galat() > 0) {
            return new Hasil(true, 0, 0, 0, 0, (int) a.galat());
        }
        // Heads of new families first, so their members find the family.
        List<BarisImpor> urut = new ArrayList<>();
        a.baris().stream().filter(b -> !b.galat() && b.kepalaBaru).forEach(urut::add);
        a.baris().stream().filter(b -> !b.galat() && !b.kepalaBaru).forEach(urut::add);
        int total = urut.size();
        return layanan.untukImpor(desa, () -> {
            Hitung h = new Hitung();
            if (mode == Mode.SEMUA_ATAU_TIDAK) {
                try {
                    tx.executeWithoutResult(s -> {
                        for (int i = 0; i < urut.size(); i += BATCH) {
                            List<BarisImpor> batch = urut.subList(i, Math.min(urut.size(), i + BATCH));
                            Hitung sebelum = h.salin();
                            try {
                                // A savepoint: a batch the fast path cannot write is redone row by row.
                                titikSimpan.executeWithoutResult(t -> tulisBatch(batch, desa, h));
                            } catch (PenulisImpor.Gagal | DataAccessException e) {
                                LOG.info("Impor: batch baris {} ditulis ulang satu per satu ({})", batch.get(0).nomor, e.toString());
                                h.pulihkan(sebelum);
                                batch.forEach(b -> tulis(b, h));
                            }
                            kemajuan.maju(Math.min(total, i + BATCH), total);
                        }
                    });
                } catch (BarisGagal e) {
                    return new Hasil(true, 0, 0, 0, 0, 1);
                }
                kemajuan.maju(total, total);
                return new Hasil(false, h.baru, h.diubah, h.tidakBerubah, h.keluargaBaru, 0);
            }
            Hitung[] kini = {h};
            for (int i = 0; i < urut.size(); i += BATCH) {
                List<BarisImpor> batch = urut.subList(i, Math.min(urut.size(), i + BATCH));
                Hitung sebelum = kini[0].salin();
                try {
                    tx.executeWithoutResult(s -> tulisBatch(batch, desa, kini[0]));
                } catch (BarisGagal | PenulisImpor.Gagal | DataAccessException e) {
                    LOG.info("Impor: batch baris {} ditulis ulang satu per satu ({})", batch.get(0).nomor, e.toString());
                    // Roll the counts back with the batch and redo it one row per transaction.
                    batch.forEach(b -> b.catatan.removeIf(c -> c.kunci().startsWith("impor.simpan.")
                            || c.tingkat() == CatatanImpor.Tingkat.GALAT));
                    kini[0] = sebelum;
                    for (BarisImpor b : batch) {
                        Hitung sebelumBaris = kini[0].salin();
                        try {
                            tx.executeWithoutResult(s -> tulis(b, kini[0]));
                        } catch (BarisGagal g) {
                            kini[0] = sebelumBaris;
                            kini[0].gagal++;
                        }
                    }
                }
                kemajuan.maju(Math.min(total, i + BATCH), total);
            }
            Hitung akhir = kini[0];
            return new Hasil(false, akhir.baru, akhir.diubah, akhir.tidakBerubah, akhir.keluargaBaru, akhir.gagal);
        });
    }

    /**
     * A batch in the caller's transaction: new residents through {@link PenulisImpor} (a few JDBC batches),
     * changed ones through {@link LayananKependudukan#ubah} (per-record audit row and submission entry).
     */
    private void tulisBatch(List<BarisImpor> batch, String desa, Hitung h) {
        List<BarisImpor> baru = new ArrayList<>();
        for (BarisImpor b : batch) {
            if (b.aksi == BarisImpor.Aksi.BARU) {
                baru.add(b);
            } else {
                tulis(b, h);
            }
        }
        if (baru.isEmpty()) {
            return;
        }
        if (!layanan.bolehUbah(desa)) {
            throw new PenulisImpor.Gagal();
        }
        h.keluargaBaru += penulis.tulis(baru, desa, akses.wajibMasuk().username(), h.keluargaBerkas);
        h.baru += baru.size();
    }

    private void tulis(BarisImpor b, Hitung h) {
        try {
            switch (b.aksi) {
                case TIDAK_BERUBAH -> h.tidakBerubah++;
                case DIUBAH -> {
                    layanan.ubah(b.pendudukId, b.formUbah);
                    h.diubah++;
                }
                case BARU -> {
                    if (b.kepalaBaru) {
                        var f = new FormKeluargaBaru();
                        f.setNoKk(b.noKk);
                        f.setAlamat(b.alamat);
                        f.setRt(b.rt);
                        f.setRw(b.rw);
                        f.setKepala(b.form);
                        long id = layanan.buatKeluarga(f).id();
                        h.keluargaBerkas.put(b.noKk, id);
                        h.keluargaBaru++;
                    } else {
                        Long kid = b.keluargaId != null ? b.keluargaId : h.keluargaBerkas.get(b.noKk);
                        if (kid == null) {
                            b.galat(KolomImpor.NO_KK.namaTemplat(), "impor.kk.tanpa.kepala");
                            throw new BarisGagal();
                        }
                        layanan.tambahAnggota(kid, b.form);
                    }
                    h.baru++;
                }
            }
        } catch (GalatValidasi g) {
            g.galat().forEach((field, kunci) -> b.galat(kolomField(field), kunci));
            throw new BarisGagal();
        } catch (NomorSudahTerdaftar e) {
            b.galat(kolomField(e.field()), e.kunciPesan(), e.namaDesa());
            throw new BarisGagal();
        } catch (AccessDeniedException e) {
            b.galat(null, "impor.tidak.boleh");
            throw new BarisGagal();
        } catch (BarisGagal e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("Impor baris {} gagal disimpan", b.nomor, e);
            b.galat(null, "impor.simpan.gagal");
            throw new BarisGagal();
        }
    }

    private static String kolomField(String field) {
        String f = field.startsWith("kepala.") ? field.substring(7) : field;
        KolomImpor k = FIELD.get(f);
        return k == null ? (f.isEmpty() ? null : f) : k.namaTemplat();
    }
}
