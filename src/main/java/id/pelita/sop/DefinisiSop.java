package id.pelita.sop;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of an SOP exactly as Permendagri 52/2011 lays it out. Stored and exchanged as a YAML
 * definition file (see {@code src/main/resources/sop/*.yaml}).
 *
 * @param kode stable key of the SOP across versions, e.g. {@code BSPPS-RAKOR}
 * @param versi version number, 1 for the first
 * @param kecamatan Kemendagri codes of the kecamatan where it applies (empty: everywhere served)
 * @param pelaksana the role columns of the step table, left to right
 * @param register the register that numbers finished cases, when the SOP keeps one
 * @param sumber where the text comes from (e.g. the seed document)
 */
public record DefinisiSop(
        String kode,
        int versi,
        String nama,
        String nomor,
        String kantor,
        String unit,
        List<String> kecamatan,
        LocalDate tanggalPembuatan,
        LocalDate tanggalRevisi,
        LocalDate tanggalEfektif,
        Pengesah disahkanOleh,
        List<String> dasarHukum,
        List<String> kualifikasiPelaksana,
        List<String> keterkaitan,
        List<String> peralatan,
        String peringatan,
        List<String> pencatatan,
        List<Pelaksana> pelaksana,
        List<Langkah> langkah,
        Register register,
        String sumber) {

    public Optional<Pelaksana> pelaksana(String kodePelaksana) {
        return pelaksana.stream().filter(p -> p.kode().equals(kodePelaksana)).findFirst();
    }

    /** Who approved the SOP: position, name, rank and civil-servant number (NIP). */
    public record Pengesah(String jabatan, String nama, String pangkat, String nip) {
    }

    /**
     * A role column of the step table.
     *
     * @param kode key the steps refer to, e.g. {@code STAF}
     * @param nama column heading as the document writes it, e.g. "Staf / Pengolah Data Kemasyarakatan"
     * @param peran the Pelita role whose users perform this column's steps (an outside party such as the
     *              applicant or a district office is performed by staff on its behalf: {@code atasNama})
     * @param atasNama true when Pelita users record the step on behalf of someone outside (applicant, agency)
     */
    public record Pelaksana(String kode, String nama, id.pelita.inti.Peran peran, boolean atasNama) {
    }

    /**
     * One row of the step table.
     *
     * @param waktu time standard as written, e.g. "5 menit", "1-2 jam", "10 hari" (see {@link WaktuBaku})
     * @param keputusan when this step is a decision: the question and where "no" goes back to
     */
    public record Langkah(int no, String kegiatan, String pelaksana, List<String> kelengkapan, String waktu,
                          String output, String keterangan, Keputusan keputusan) {
    }

    /**
     * A decision (flowchart diamond): "yes" continues to the next step, "no" goes back to step
     * {@code jikaTidak}.
     */
    public record Keputusan(String pertanyaan, int jikaTidak, String labelYa, String labelTidak) {
    }

    /**
     * The register finished cases are numbered in, e.g. "Register Rakor BSPPS".
     *
     * @param format number pattern with {@code {nomor}} (zero-padded sequence per year), {@code {unit}},
     *               {@code {bulan}} (Roman month) and {@code {tahun}}, e.g. {@code {nomor}/{unit}/{bulan}/{tahun}}
     */
    public record Register(String nama, String format, String unit) {
    }
}
