package id.pelita.register.internal;

import id.pelita.register.NomorRegister;
import id.pelita.register.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues register numbers without gaps or duplicates.
 *
 * <p>The counter row of (register, year) is locked with {@code select ... for update}: callers in any
 * instance queue on it until the holder's transaction ends. {@link #terbitkan} requires the caller's
 * transaction ({@link Propagation#MANDATORY}): the number is then committed or rolled back together with the
 * case that uses it. With REQUIRED a caller that forgot its transaction would silently get a number in a
 * transaction of its own, committed even if finishing the case failed afterwards: a gap. MANDATORY makes that
 * mistake an immediate error instead.
 *
 * <p>The counter row of a new year is created in a savepoint (nested transaction): when another caller
 * inserted it first, the unique violation rolls back only the savepoint (on PostgreSQL an error would
 * otherwise spoil the caller's whole transaction) and the row is then locked as usual.
 */
@Service
class RegisterJdbc implements Register {

    static final Pattern KODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");
    private static final int PERCOBAAN = 5;

    private static final RowMapper<NomorRegister> BARIS = (rs, i) -> new NomorRegister(rs.getString("kode_register"),
            rs.getInt("tahun"), rs.getInt("urut"), rs.getString("nomor"), rs.getString("referensi"),
            rs.getObject("diterbitkan", OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;
    private final Clock jam;
    private final TransactionTemplate savepoint;

    RegisterJdbc(JdbcClient jdbc, Clock jam, PlatformTransactionManager tm) {
        this.jdbc = jdbc;
        this.jam = jam;
        this.savepoint = new TransactionTemplate(tm);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public NomorRegister terbitkan(String kodeRegister, String format, String unit, LocalDate tanggal, String referensi) {
        periksaKode(kodeRegister);
        FormatNomor.periksa(format, unit);
        int tahun = tanggal.getYear();
        for (int i = 0; i < PERCOBAAN; i++) {
            Optional<Integer> terakhir = kunciPenghitung(kodeRegister, tahun);
            if (terakhir.isEmpty()) {
                buatPenghitung(kodeRegister, tahun);
                continue;
            }
            if (referensi != null) {
                // Under the counter lock: a reference registered before (e.g. a letter numbered when it was
                // signed, then its case closing) keeps its number instead of taking a second one.
                Optional<NomorRegister> ada = jdbc.sql("select kode_register, tahun, urut, nomor, referensi, diterbitkan "
                                + "from register_nomor where kode_register = ? and referensi = ? order by id")
                        .params(kodeRegister, referensi).query(BARIS).list().stream().findFirst();
                if (ada.isPresent()) {
                    return ada.get();
                }
            }
            int urut = terakhir.get() + 1;
            jdbc.sql("update register_penghitung set terakhir = ? where kode_register = ? and tahun = ?")
                    .params(urut, kodeRegister, tahun).update();
            String nomor = FormatNomor.terapkan(format, urut, unit, tanggal);
            Instant kini = jam.instant().truncatedTo(ChronoUnit.MICROS);
            jdbc.sql("insert into register_nomor (kode_register, tahun, urut, nomor, referensi, diterbitkan) "
                            + "values (?, ?, ?, ?, ?, ?)")
                    .params(kodeRegister, tahun, urut, nomor, referensi, kini.atOffset(ZoneOffset.UTC)).update();
            return new NomorRegister(kodeRegister, tahun, urut, nomor, referensi, kini);
        }
        throw new IllegalStateException("Penghitung register " + kodeRegister + "/" + tahun + " tidak dapat dibuat");
    }

    @Override
    @Transactional(readOnly = true)
    public List<NomorRegister> daftar(String kodeRegister, int tahun) {
        return jdbc.sql("select kode_register, tahun, urut, nomor, referensi, diterbitkan from register_nomor "
                        + "where kode_register = ? and tahun = ? order by urut")
                .params(kodeRegister, tahun).query(BARIS).list();
    }

    static boolean kodeSah(String kode) {
        return kode != null && KODE.matcher(kode).matches();
    }

    private static void periksaKode(String kode) {
        if (!kodeSah(kode)) {
            throw new IllegalArgumentException("Kode register tidak sah (huruf, angka, . _ -; maks. 60): " + kode);
        }
    }

    /** The last number issued, with the row locked until the caller's transaction ends; empty when no row yet. */
    private Optional<Integer> kunciPenghitung(String kode, int tahun) {
        return jdbc.sql("select terakhir from register_penghitung where kode_register = ? and tahun = ? for update")
                .params(kode, tahun).query(Integer.class).optional();
    }

    private void buatPenghitung(String kode, int tahun) {
        try {
            savepoint.executeWithoutResult(s -> jdbc.sql(
                            "insert into register_penghitung (kode_register, tahun, terakhir) values (?, ?, 0)")
                    .params(kode, tahun).update());
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
            // Another caller created it first (its insert is now visible or holds the lock): lock it next round.
        }
    }

}
