package id.pelita.kependudukan.internal;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * A resident joining a family: their data plus how they came (sebab): already living here (PENDATAAN,
 * presence counted from birth), born (LAHIR, from birth), or moved in (DATANG, from the given date).
 */
public class FormAnggota extends FormPenduduk {

    private JenisMutasi sebab = JenisMutasi.PENDATAAN;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate tanggalDatang;

    public JenisMutasi getSebab() { return sebab; }
    public void setSebab(JenisMutasi sebab) { this.sebab = sebab == null ? JenisMutasi.PENDATAAN : sebab; }
    public LocalDate getTanggalDatang() { return tanggalDatang; }
    public void setTanggalDatang(LocalDate tanggalDatang) { this.tanggalDatang = tanggalDatang; }
}
