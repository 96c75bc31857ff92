package id.pelita.inti;

import java.util.Optional;

/**
 * Roles (peran) of Pelita's users. The kecamatan hierarchy (camat = head of the sub-district, sekcam =
 * its secretary, kasi = section head, staf = staff) is also the escalation chain of late SOP steps.
 */
public enum Peran {
    ADMIN,
    CAMAT,
    SEKCAM,
    KASI,
    STAF,
    OPERATOR_DESA,
    KADER_POSYANDU,
    TP_PKK,
    TIM_KABUPATEN,
    /** Sub-district social-welfare worker (TKSK) / coordinator of a food-aid programme: files BSPPS requests. */
    TKSK;

    /** The role a late step escalates to: staf → kasi → sekcam → camat. */
    public Optional<Peran> atasan() {
        return switch (this) {
            case STAF -> Optional.of(KASI);
            case KASI -> Optional.of(SEKCAM);
            case SEKCAM -> Optional.of(CAMAT);
            default -> Optional.empty();
        };
    }

    public String kunciLabel() {
        return "peran." + name();
    }
}
