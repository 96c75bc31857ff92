package id.pelita.posyandu.internal.forum;

/**
 * Where a forum meeting stands, one state per completed step of SOP FOKUS-TUNTAS (Kpts.006/KC/II/2022):
 * step 1 the secretariat's invitation, 2 the camat's meeting and its agreements, 3 the members' follow-up,
 * 4 the secretariat's progress report, 5 the camat's report to the district team.
 */
enum StatusRapat {
    DIRENCANAKAN(0),
    DIUNDANG(1),
    DISAHKAN(2),
    TINDAK_LANJUT_SELESAI(3),
    LAPORAN_DISUSUN(4),
    DILAPORKAN(5),
    BATAL(-1);

    private final int langkahSelesai;

    StatusRapat(int langkahSelesai) {
        this.langkahSelesai = langkahSelesai;
    }

    /** The state after SOP step {@code no} is done. */
    static StatusRapat setelahLangkah(int no) {
        for (StatusRapat s : values()) {
            if (s.langkahSelesai == no) {
                return s;
            }
        }
        throw new IllegalArgumentException("Langkah FOKUS-TUNTAS tidak dikenal: " + no);
    }

    /** The SOP step this state waits for (1–5), 0 when none. */
    public int langkahBerikut() {
        return this == BATAL || this == DILAPORKAN ? 0 : langkahSelesai + 1;
    }

    public String kunciLabel() {
        return "forum.status." + name();
    }
}
