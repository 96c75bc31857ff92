package id.pelita.kependudukan.internal;

import id.pelita.inti.GalatValidasi;
import org.springframework.validation.BindingResult;

/** Puts business-rule errors next to the form fields they concern. */
final class GalatKeIsian {

    private GalatKeIsian() {
    }

    static void salin(GalatValidasi g, BindingResult hasil) {
        g.galat().forEach((field, kunci) -> {
            if (field.isEmpty()) {
                hasil.reject(kunci);
            } else {
                hasil.rejectValue(field, kunci);
            }
        });
    }

    static void salin(NomorSudahTerdaftar e, BindingResult hasil) {
        hasil.rejectValue(e.field(), e.kunciPesan(), new Object[]{e.namaDesa()}, null);
    }
}
