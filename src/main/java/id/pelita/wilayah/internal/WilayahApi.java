package id.pelita.wilayah.internal;

import id.pelita.inti.DalamWilayah;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.KodeWilayah;
import id.pelita.wilayah.Tingkat;
import id.pelita.wilayah.Wilayah;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Wilayah", description = "Kemendagri regions (provinsi to desa/kelurahan) and the RT/RW of served villages")
@RestController
@RequestMapping("/api/v1/wilayah")
class WilayahApi {

    private final DirektoriWilayah direktori;
    private final RepositoriRt repositoriRt;

    WilayahApi(DirektoriWilayah direktori, RepositoriRt repositoriRt) {
        this.direktori = direktori;
        this.repositoriRt = repositoriRt;
    }

    @Operation(summary = "Served kecamatan with their villages", description = "In the order of pelita.kecamatan.")
    @GetMapping("/layanan")
    List<KecamatanLayanan> layanan() {
        return direktori.kecamatanLayanan().stream()
                .map(k -> new KecamatanLayanan(k, direktori.anak(k.kode()))).toList();
    }

    @Operation(summary = "One region by Kemendagri code", description = "400 for a malformed code, 404 when unknown.")
    @GetMapping("/{kode}")
    Wilayah cari(@PathVariable String kode) {
        return wilayah(kode);
    }

    @Operation(summary = "Direct children of a region, ordered by name")
    @GetMapping("/{kode}/anak")
    List<Wilayah> anak(@PathVariable String kode) {
        return direktori.anak(wilayah(kode).kode());
    }

    @Operation(summary = "RT/RW of a served village", description = "Ordered by RW, then RT.")
    @GetMapping("/{kodeDesa}/rt")
    List<RukunTetangga> daftarRt(@DalamWilayah @PathVariable String kodeDesa) {
        return repositoriRt.diDesa(desaLayanan(kodeDesa).kode());
    }

    @Operation(summary = "Record an RT in a served village",
            description = "rw and rt are 1–3 digits, stored as 3 (\"1\" → \"001\"). 409 when the RT exists already.")
    @PostMapping("/{kodeDesa}/rt")
    ResponseEntity<RukunTetangga> buatRt(@DalamWilayah @PathVariable String kodeDesa, @Valid @RequestBody RtBaru isian) {
        Wilayah desa = desaLayanan(kodeDesa);
        try {
            RukunTetangga rt = repositoriRt.simpan(desa.kode(), isian.rwNormal(), isian.rtNormal(),
                    isian.namaKetuaNormal(), pengguna());
            return ResponseEntity.created(Masalah.lokasiRt(desa.kode())).body(rt);
        } catch (DuplicateKeyException e) {
            throw Masalah.masalah(HttpStatus.CONFLICT, "RT sudah ada",
                    "RT " + isian.rtNormal() + " / RW " + isian.rwNormal() + " sudah tercatat di " + desa.kode());
        }
    }

    private Wilayah wilayah(String kode) {
        if (!KodeWilayah.sah(kode)) {
            throw Masalah.kodeTidakSah(kode);
        }
        return direktori.cari(kode).orElseThrow(() -> Masalah.tidakDitemukan("Tidak ada wilayah dengan kode " + kode));
    }

    private Wilayah desaLayanan(String kode) {
        if (!KodeWilayah.sah(kode)) {
            throw Masalah.kodeTidakSah(kode);
        }
        if (Tingkat.dariKode(kode) != Tingkat.DESA) {
            throw Masalah.masalah(HttpStatus.BAD_REQUEST, "Bukan kode desa", kode + " bukan kode desa/kelurahan");
        }
        if (!direktori.dilayani(kode)) {
            throw Masalah.tidakDitemukan("Desa " + kode + " tidak ada di kecamatan layanan");
        }
        return direktori.cari(kode).orElseThrow();
    }

    private static String pengguna() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated()) {
            throw new IllegalStateException("Tidak ada pengguna masuk");
        }
        return a.getName();
    }
}
