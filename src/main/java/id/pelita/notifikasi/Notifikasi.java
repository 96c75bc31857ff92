package id.pelita.notifikasi;

/** The outbox. */
public interface Notifikasi {

    /**
     * Stores {@code pesan} for sending. Must run inside the caller's transaction: the message commits or
     * rolls back with the business change (transactional outbox). Idempotent on {@code kunciUnik}.
     *
     * @throws id.pelita.inti.GalatValidasi when the message is incomplete or the recipient malformed
     * @throws org.springframework.transaction.IllegalTransactionStateException without a transaction
     */
    void kirim(PesanKeluar pesan);

    /** Unread in-app notifications of a user (for the layout's badge). */
    long belumDibaca(String username);
}
