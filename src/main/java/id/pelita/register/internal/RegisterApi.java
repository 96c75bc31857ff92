package id.pelita.register.internal;

import id.pelita.inti.GalatValidasi;
import id.pelita.register.NomorRegister;
import id.pelita.register.Register;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Register", description = "Official numbers issued to finished cases, per register and year")
@RestController
class RegisterApi {

    private final Register register;
    private final Clock jam;

    RegisterApi(Register register, Clock jam) {
        this.register = register;
        this.jam = jam;
    }

    @Operation(summary = "Numbers issued in a register in a year, in order",
            description = "tahun defaults to the current year. An unknown register answers an empty list. "
                    + "400 for a malformed register code (letters, digits, . _ -; at most 60) or year.")
    @GetMapping("/api/v1/register/{kode}")
    List<NomorRegister> daftar(@PathVariable String kode, @RequestParam(required = false) String tahun) {
        var galat = new GalatValidasi.Kumpulan();
        if (!RegisterJdbc.kodeSah(kode)) {
            galat.tambah("kode", "register.galat.kode");
        }
        Integer th = PermintaanRegister.tahun(tahun, jam);
        if (th == null) {
            galat.tambah("tahun", "register.galat.tahun");
        }
        galat.lemparJikaAda();
        return register.daftar(kode, th);
    }
}
