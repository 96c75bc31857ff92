package id.pelita.layanan.internal;

import id.pelita.akun.Akses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flowable.task.api.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

@RestController
@Tag(name = "Layanan", description = "Berkas layanan SOP, kotak tugas dan SLA")
class LayananApi {

    record BerkasBaru(String sopKode, String wilayahKode, String pemohonNama, String pemohonKontak, String ringkasan) {
    }

    record TugasDto(String id, String nomorBerkas, String sopKode, int langkahNo, String kegiatan, String dikerjakanOleh,
                    Instant tenggat) {
    }

    record PenyelesaianTugas(List<String> kelengkapan, String output, String catatan, String keputusan) {
    }

    record BerkasDto(Berkas berkas, List<CatatanLangkah> langkah) {
    }

    private final LayananBerkas layanan;
    private final BerkasRepository repo;
    private final SlaSop sla;
    private final Akses akses;

    LayananApi(LayananBerkas layanan, BerkasRepository repo, SlaSop sla, Akses akses) {
        this.layanan = layanan;
        this.repo = repo;
        this.sla = sla;
        this.akses = akses;
    }

    @PostMapping("/api/v1/layanan/berkas")
    @Operation(summary = "Mulai berkas baru pada versi terbaru sebuah SOP")
    ResponseEntity<BerkasDto> mulai(@RequestBody BerkasBaru isian) {
        var b = layanan.mulai(isian.sopKode(), isian.wilayahKode(), isian.pemohonNama(), isian.pemohonKontak(),
                isian.ringkasan(), akses.wajibMasuk());
        return ResponseEntity.created(URI.create("/api/v1/layanan/berkas/" + b.nomor()))
                .body(new BerkasDto(b, repo.langkah(b.id())));
    }

    @GetMapping("/api/v1/layanan/berkas/{nomor}")
    @Operation(summary = "Berkas dengan riwayat langkahnya")
    BerkasDto berkas(@PathVariable String nomor) {
        var b = layanan.lihat(nomor, akses.wajibMasuk());
        return new BerkasDto(b, repo.langkah(b.id()));
    }

    @GetMapping("/api/v1/layanan/tugas")
    @Operation(summary = "Kotak tugas pengguna (tenggat terdekat dulu)")
    List<TugasDto> tugas(@RequestParam(defaultValue = "0") int halaman, @RequestParam(defaultValue = "25") int ukuran) {
        return layanan.kotakTugas(akses.wajibMasuk(), Math.max(0, halaman), Math.min(Math.max(1, ukuran), 200))
                .stream().map(LayananApi::dto).toList();
    }

    @PostMapping("/api/v1/layanan/tugas/{id}/klaim")
    @Operation(summary = "Klaim tugas")
    ResponseEntity<Void> klaim(@PathVariable String id) {
        layanan.klaim(id, akses.wajibMasuk());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/layanan/tugas/{id}/selesai")
    @Operation(summary = "Selesaikan langkah (keputusan YA/TIDAK untuk langkah keputusan)")
    ResponseEntity<Void> selesai(@PathVariable String id, @RequestBody PenyelesaianTugas isian) {
        layanan.selesaikan(id, new IsianLangkah(new LinkedHashSet<>(isian.kelengkapan() == null ? List.of()
                : isian.kelengkapan()), isian.output(), isian.catatan(), isian.keputusan(), List.of()), akses.wajibMasuk());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/layanan/sla/{sopKode}")
    @Operation(summary = "SLA per langkah: jumlah, median, persentil 90, tepat waktu")
    List<SlaSop.BarisSla> sla(@PathVariable String sopKode) {
        return sla.hitung(sopKode, akses.wajibMasuk().wilayahKode());
    }

    private static TugasDto dto(Task t) {
        var v = t.getProcessVariables();
        return new TugasDto(t.getId(), (String) v.get("nomorBerkas"), (String) v.get("sopKode"),
                Integer.parseInt(t.getTaskDefinitionKey().substring("langkah_".length())), t.getName(), t.getAssignee(),
                t.getDueDate() == null ? null : t.getDueDate().toInstant());
    }
}
