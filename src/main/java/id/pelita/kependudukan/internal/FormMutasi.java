package id.pelita.kependudukan.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** An event recorded on an existing resident: death, moving out, or change of family (with the new SHDK). */
public class FormMutasi {

    @NotNull(message = "{validasi.wajib}")
    private JenisMutasi jenis;
    @NotNull(message = "{validasi.wajib}")
    @PastOrPresent(message = "{penduduk.tanggal.masa.depan}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate tanggal;
    @Size(max = 300, message = "{penduduk.maks300}")
    private String keterangan;
    private Long keluargaTujuanId;
    private Integer shdkBaru;

    public JenisMutasi getJenis() { return jenis; }
    public void setJenis(JenisMutasi jenis) { this.jenis = jenis; }
    public LocalDate getTanggal() { return tanggal; }
    public void setTanggal(LocalDate tanggal) { this.tanggal = tanggal; }
    public String getKeterangan() { return keterangan; }
    public void setKeterangan(String keterangan) { this.keterangan = keterangan == null || keterangan.isBlank() ? null : keterangan.strip(); }
    public Long getKeluargaTujuanId() { return keluargaTujuanId; }
    public void setKeluargaTujuanId(Long keluargaTujuanId) { this.keluargaTujuanId = keluargaTujuanId; }
    public Integer getShdkBaru() { return shdkBaru; }
    public void setShdkBaru(Integer shdkBaru) { this.shdkBaru = shdkBaru; }
}
