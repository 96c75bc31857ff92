/**
 * Pengaduan (complaints): citizens report suspected stunting, fires/smoke/hotspots and other complaints about
 * kecamatan services. This first part is the WhatsApp channel: the Cloud API webhook (verification
 * handshake, signed deliveries kept in an inbox and processed asynchronously, idempotent on the message id)
 * and a short conversation in Indonesian that ends with a tracking code. Open311 GeoReport v2 ({@code /open311/v2})
 * lets apps file and follow complaints, with stunting reports kept private and locations coarsened to the village.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pengaduan")
package id.pelita.pengaduan;
