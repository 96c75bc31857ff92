package id.pelita.kependudukan.internal;

import jakarta.validation.constraints.NotNull;

/** API body of a new resident: the family they join, their data and how they came. */
public class FormPendudukBaru extends FormAnggota {

    @NotNull(message = "{validasi.wajib}")
    private Long keluargaId;

    public Long getKeluargaId() { return keluargaId; }
    public void setKeluargaId(Long keluargaId) { this.keluargaId = keluargaId; }
}
