package id.pelita.pengaduan.internal.web;

import id.pelita.inti.AturanAkses;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Citizens file and follow complaints without an account. Abuse is held off by the proof-of-work challenge,
 * the rate limits and the honeypot; the tracking page shows nothing personal, and its actions ask for the
 * last digits of the reporter's phone number.
 */
@Configuration(proxyBeanMethods = false)
class AksesLapor implements AturanAkses.Daftar {

    @Override
    public List<AturanAkses> aturan() {
        return List.of(AturanAkses.publik("/lapor"), AturanAkses.publik("/lapor/**"),
                AturanAkses.publik("/lacak"), AturanAkses.publik("/lacak/**"));
    }
}
