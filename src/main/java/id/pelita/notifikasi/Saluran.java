package id.pelita.notifikasi;

/** The channel a message goes out on. */
public enum Saluran {
    /** In-app notification; {@code tujuan} is a username. */
    APLIKASI,
    /** WhatsApp Cloud API; {@code tujuan} is a phone number in E.164 without '+', e.g. 6281234567890. */
    WHATSAPP,
    /** E-mail; {@code tujuan} is an address. */
    EMAIL
}
