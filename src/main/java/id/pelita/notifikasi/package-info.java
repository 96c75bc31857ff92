/**
 * Notifikasi: a persistent, reliable outbox for messages to users and citizens — in-app, WhatsApp
 * (Cloud API, respecting the 24-hour customer-service window) and e-mail. Callers use
 * {@link id.pelita.notifikasi.Notifikasi#kirim} inside their own transaction; a scheduled sender delivers
 * with retries and backoff, never losing a message and never sending one twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifikasi")
package id.pelita.notifikasi;
