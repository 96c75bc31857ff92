package id.pelita.notifikasi;

import java.time.Instant;

/**
 * Published (as an application event) by the WhatsApp inbound module when a citizen writes. The
 * notifikasi module records it, in the publisher's transaction, to know the 24-hour window in which
 * free-form text may be sent.
 *
 * @param telepon phone in E.164 without '+'
 * @param waktu when the citizen's message was sent
 */
public record PercakapanMasuk(String telepon, Instant waktu) {
}
