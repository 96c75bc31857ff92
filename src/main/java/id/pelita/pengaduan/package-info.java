/**
 * Pengaduan (complaints): citizens report suspected stunting, fires/smoke/hotspots and other complaints about
 * kecamatan services. This first part is the WhatsApp channel: the Cloud API webhook (verification
 * handshake, signed deliveries kept in an inbox and processed asynchronously, idempotent on the message id)
 * and a short conversation in Indonesian that ends with a tracking code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pengaduan")
package id.pelita.pengaduan;
