package id.pelita.inti;

import java.util.EnumSet;
import java.util.Set;

/**
 * One access rule: which roles may call a path pattern (Spring path-pattern syntax), optionally for one
 * HTTP method. Modules declare their rules as beans of {@link AturanAkses.Daftar}; the security
 * configuration in the {@code akun} module enforces all of them in one filter chain and denies every path
 * no rule names.
 *
 * @param metode HTTP method, or {@code null} for all
 * @param pola path pattern, e.g. {@code /api/v1/wilayah/**}
 * @param publik true when no login is needed (citizens' pages)
 * @param peran roles allowed when not public; empty with {@code publik=false} means any signed-in user
 */
public record AturanAkses(String metode, String pola, boolean publik, Set<Peran> peran) {

    public static AturanAkses publik(String pola) {
        return new AturanAkses(null, pola, true, Set.of());
    }

    public static AturanAkses masuk(String pola) {
        return new AturanAkses(null, pola, false, Set.of());
    }

    public static AturanAkses peran(String pola, Peran... peran) {
        return new AturanAkses(null, pola, false, EnumSet.copyOf(Set.of(peran)));
    }

    public static AturanAkses peran(String metode, String pola, Peran... peran) {
        return new AturanAkses(metode, pola, false, EnumSet.copyOf(Set.of(peran)));
    }

    public boolean semuaPengguna() {
        return !publik && peran.isEmpty();
    }

    /** A module's rules, in the order they should be matched (more specific first). */
    public interface Daftar {
        java.util.List<AturanAkses> aturan();

        /** Lower runs first; modules with overlapping prefixes use it to put specific rules first. */
        default int urutan() {
            return 0;
        }
    }
}
