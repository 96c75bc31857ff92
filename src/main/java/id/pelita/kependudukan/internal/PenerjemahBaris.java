package id.pelita.kependudukan.internal;

import id.pelita.kependudukan.AturanNik;
import id.pelita.kependudukan.JenisKelamin;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads one file row into a {@link BarisImpor}: values to codes, dates, the NIK rules of {@link AturanNik}
 * (a malformed NIK is an error, a date or sex not matching is a warning), the form's own field rules, and the
 * region columns (a row naming another village is refused).
 */
final class PenerjemahBaris {

    private static final Map<String, KolomImpor> FIELD = Map.of("nik", KolomImpor.NIK, "nama", KolomImpor.NAMA,
            "jenisKelamin", KolomImpor.JENIS_KELAMIN, "tempatLahir", KolomImpor.TEMPAT_LAHIR,
            "tanggalLahir", KolomImpor.TANGGAL_LAHIR, "telepon", KolomImpor.TELEPON);
    private static final long PRESISI_DOUBLE = 9_007_199_254_740_992L;

    private final KolomImpor.Peta peta;
    private final String desa;
    private final Validator validator;
    private final Predicate<String> wilayahDikenal;

    PenerjemahBaris(KolomImpor.Peta peta, String desa, Validator validator, Predicate<String> wilayahDikenal) {
        this.peta = peta;
        this.desa = desa;
        this.validator = validator;
        this.wilayahDikenal = wilayahDikenal;
    }

    BarisImpor terjemahkan(int nomor, List<BerkasImpor.Nilai> sel) {
        BarisImpor b = new BarisImpor(nomor);
        FormAnggota f = b.form;
        mentah.clear();
        for (var e : peta.posisi().entrySet()) {
            BerkasImpor.Nilai v = e.getValue() < sel.size() ? sel.get(e.getValue()) : BerkasImpor.Nilai.KOSONG;
            if (v.rumus()) {
                b.galat(peta.namaKolom(e.getKey()), "impor.sel.rumus");
                continue;
            }
            String s = bersih(v.teks());
            if (s.isEmpty()) {
                continue;
            }
            b.terisi.add(e.getKey());
            mentah.put(e.getKey(), s);
            isi(b, f, e.getKey(), s, v);
        }
        if (!b.terisi.contains(KolomImpor.NO_KK) && !b.galat()) {
            b.galat(peta.namaKolom(KolomImpor.NO_KK), "impor.wajib");
        } else if (b.noKk != null && (!b.noKk.matches("\\d{16}") || b.noKk.endsWith("0000"))) {
            b.galat(peta.namaKolom(KolomImpor.NO_KK), "keluarga.nokk.pola");
        }
        if (!b.terisi.contains(KolomImpor.SHDK) && f.getShdk() != null) {
            b.galat(peta.namaKolom(KolomImpor.SHDK), "impor.wajib");
        }
        wilayah(b);
        for (ConstraintViolation<FormAnggota> c : validator.validate(f)) {
            String field = c.getPropertyPath().toString();
            KolomImpor k = FIELD.get(field);
            if (k == KolomImpor.NIK && !b.terisi.contains(KolomImpor.NIK)) {
                continue; // reported by the NIK rules below
            }
            if (k != null && b.catatan.stream().noneMatch(x -> x.kolom() != null && x.kolom().equals(peta.namaKolom(k)))) {
                b.catatan.add(new CatatanImpor(nomor, peta.namaKolom(k), CatatanImpor.Tingkat.GALAT, "impor.teks",
                        new Object[]{c.getMessage()}));
            }
        }
        if (b.catatan.stream().noneMatch(x -> x.kolom() != null && x.kolom().equals(peta.namaKolom(KolomImpor.NIK)))) {
            AturanNik.Hasil nik = AturanNik.periksa(f.getNik(), f.getTanggalLahir(), f.getJenisKelamin(), wilayahDikenal);
            if (!nik.sah()) {
                b.galat(peta.namaKolom(KolomImpor.NIK), nik.galat().kunciPesan());
            } else {
                f.setNik(nik.nik());
                nik.peringatan().forEach(p -> b.peringatan(peta.namaKolom(KolomImpor.NIK), p.kunciPesan()));
            }
        }
        if (f.getSebab() == JenisMutasi.DATANG && f.getTanggalDatang() == null) {
            b.galat(peta.namaKolom(KolomImpor.TANGGAL_DATANG), "impor.wajib");
        }
        return b;
    }

    /** Invisible characters and Excel's text marker (a leading apostrophe) go; "-" means empty (as in OpenSID). */
    private static String bersih(String s) {
        String t = s.replaceAll("[\\u00A0\\u200B\\uFEFF]", " ").strip();
        if (t.startsWith("'")) {
            t = t.substring(1).strip();
        }
        return t.equals("-") ? "" : t;
    }

    private void isi(BarisImpor b, FormAnggota f, KolomImpor k, String s, BerkasImpor.Nilai v) {
        String kolom = peta.namaKolom(k);
        switch (k) {
            case NIK -> {
                String n = s.replaceAll("[\\s.\\-]", "");
                if (v.angka() && n.matches("\\d{16,}") && Long.parseLong(n.substring(0, 16)) > PRESISI_DOUBLE) {
                    b.galat(kolom, "impor.nomor.angka");
                }
                f.setNik(n);
            }
            case NO_KK -> {
                String n = s.replaceAll("[\\s.\\-]", "");
                if (v.angka() && n.matches("\\d{16,}") && Long.parseLong(n.substring(0, 16)) > PRESISI_DOUBLE) {
                    b.galat(kolom, "impor.nomor.angka");
                }
                b.noKk = n;
            }
            case NAMA -> f.setNama(s.toUpperCase(Locale.ROOT));
            case JENIS_KELAMIN -> {
                JenisKelamin jk = KodeImpor.kelamin(s);
                if (jk == null) {
                    b.galat(kolom, "impor.kode.tidak.dikenal", s);
                }
                f.setJenisKelamin(jk);
            }
            case TEMPAT_LAHIR -> f.setTempatLahir(s);
            case TANGGAL_LAHIR -> {
                LocalDate t = KodeImpor.tanggal(s);
                if (t == null) {
                    b.galat(kolom, "impor.tanggal", s);
                }
                f.setTanggalLahir(t);
            }
            case TANGGAL_DATANG -> {
                LocalDate t = KodeImpor.tanggal(s);
                if (t == null) {
                    b.galat(kolom, "impor.tanggal", s);
                }
                f.setTanggalDatang(t);
            }
            case AGAMA -> f.setAgama(kode(b, kolom, KodeSiak.AGAMA, s));
            case PENDIDIKAN -> f.setPendidikan(kode(b, kolom, KodeSiak.PENDIDIKAN, s));
            case PEKERJAAN -> f.setPekerjaan(kode(b, kolom, KodeSiak.PEKERJAAN, s));
            case STATUS_KAWIN -> f.setStatusKawin(kode(b, kolom, KodeSiak.STATUS_KAWIN, s));
            case SHDK -> f.setShdk(kode(b, kolom, KodeSiak.SHDK, s));
            case GOLONGAN_DARAH -> f.setGolonganDarah(kode(b, kolom, KodeSiak.GOLONGAN_DARAH, s));
            case STATUS_REKAM_KTP -> f.setStatusRekamKtp(kode(b, kolom, KodeSiak.STATUS_REKAM_KTP, s));
            case KEWARGANEGARAAN -> f.setKewarganegaraan(kode(b, kolom, KodeSiak.KEWARGANEGARAAN, s));
            case DISABILITAS -> {
                var d = KodeImpor.disabilitas(s);
                if (!d.dikenal()) {
                    b.galat(kolom, "impor.kode.tidak.dikenal", s);
                }
                f.setDisabilitas(d.nilai());
            }
            case TELEPON -> f.setTelepon(s);
            case ALAMAT -> {
                if (s.length() > 200) {
                    b.galat(kolom, "penduduk.maks200");
                }
                b.alamat = s;
            }
            case RT -> b.rt = rtRw(b, kolom, s);
            case RW -> b.rw = rtRw(b, kolom, s);
            case STATUS_DASAR -> {
                String u = s.toUpperCase(Locale.ROOT);
                if (!u.equals("1") && !u.equals("HIDUP")) {
                    b.galat(kolom, "impor.status.dasar", s);
                }
            }
            case SEBAB -> {
                try {
                    JenisMutasi j = JenisMutasi.valueOf(s.toUpperCase(Locale.ROOT));
                    if (!j.masuk()) {
                        throw new IllegalArgumentException(s);
                    }
                    f.setSebab(j);
                } catch (IllegalArgumentException e) {
                    b.galat(kolom, "impor.kode.tidak.dikenal", s);
                }
            }
            case DESA_KODE, NO_PROP, NO_KAB, NO_KEC, NO_KEL -> {
                // compared in wilayah()
            }
        }
    }

    private static String rtRw(BarisImpor b, String kolom, String s) {
        String n = s.replaceFirst("^(RT|RW)\\s*", "");
        if (!n.matches("\\d{1,3}")) {
            b.peringatan(kolom, "impor.rtrw", s);
            return null;
        }
        int x = Integer.parseInt(n);
        return x == 0 ? null : String.format("%03d", x);
    }

    private static Integer kode(BarisImpor b, String kolom, String jenis, String s) {
        Integer k = KodeImpor.kode(jenis, s);
        if (k == null) {
            b.galat(kolom, "impor.kode.tidak.dikenal", s);
        }
        return k;
    }

    /** A row naming a region must name the target village (our desa_kode, or SIAK's NO_PROP/KAB/KEC/KEL). */
    private void wilayah(BarisImpor b) {
        String kode = nilai(b, KolomImpor.DESA_KODE);
        if (kode != null && !kode.equals(desa)) {
            b.galat(peta.namaKolom(KolomImpor.DESA_KODE), "impor.desa.lain", kode);
        }
        String[] bagian = desa.split("\\.");
        KolomImpor[] siak = {KolomImpor.NO_PROP, KolomImpor.NO_KAB, KolomImpor.NO_KEC, KolomImpor.NO_KEL};
        for (int i = 0; i < siak.length; i++) {
            String v = nilai(b, siak[i]);
            if (v == null) {
                continue;
            }
            String angka = v.replaceAll("\\D", "");
            if (angka.isEmpty() || Integer.parseInt(angka.length() > 6 ? angka.substring(angka.length() - 6) : angka)
                    != Integer.parseInt(bagian[i])) {
                b.galat(peta.namaKolom(siak[i]), "impor.desa.lain", v);
                return;
            }
        }
    }

    private String nilai(BarisImpor b, KolomImpor k) {
        return b.terisi.contains(k) ? mentah.get(k) : null;
    }

    private final Map<KolomImpor, String> mentah = new java.util.EnumMap<>(KolomImpor.class);
}
