package id.pelita.pengaduan.internal.whatsapp;

import id.pelita.inti.AturanAkses;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The webhook is public: Meta does not log in. The GET answers only the configured verify token, the POST
 * only a delivery signed with the app secret (and CSRF does not apply to {@code /webhook/**}).
 */
@Configuration(proxyBeanMethods = false)
class AksesPengaduan implements AturanAkses.Daftar {

    @Override
    public List<AturanAkses> aturan() {
        return List.of(AturanAkses.publik("/webhook/whatsapp"));
    }
}
