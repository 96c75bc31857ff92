package id.pelita.pengaduan;

/**
 * Sends a reply to a citizen on WhatsApp; the implementation stores it in the notification outbox (sent to
 * the Cloud API by the outbox's sender). Called inside the transaction that processes the incoming message,
 * so the reply is stored atomically with the conversation state.
 */
public interface PengirimBalasan {

    /**
     * @param telepon   the citizen's WhatsApp number as the Cloud API names it ({@code wa_id}, e.g. 6281234567890)
     * @param teks      the reply text
     * @param kunciUnik the same for the same reply to the same incoming message, so a retried processing
     *                  never sends a reply twice
     */
    void balas(String telepon, String teks, String kunciUnik);
}
