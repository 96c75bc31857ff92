package id.pelita.kependudukan.internal;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandiPdpTest {

    static final String KUNCI = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void encryptsWithAFreshIvAndDecryptsBack() {
        var s = new SandiPdp(KUNCI, new MockEnvironment());
        String a = s.sandikan("1404011203809001");
        String b = s.sandikan("1404011203809001");
        assertThat(a).startsWith("v1:").isNotEqualTo(b).doesNotContain("1404011203809001");
        assertThat(s.buka(a)).isEqualTo("1404011203809001");
        assertThat(s.buka(b)).isEqualTo("1404011203809001");
        assertThat(a.length()).isLessThanOrEqualTo(120);
    }

    @Test
    void lookupHashIsStableKeyedAndNotTheNumber() {
        var s = new SandiPdp(KUNCI, new MockEnvironment());
        var lain = new SandiPdp(Base64.getEncoder().encodeToString(new byte[32]), new MockEnvironment());
        assertThat(s.hash("1404011203809001")).hasSize(64).isEqualTo(s.hash("1404011203809001"))
                .isNotEqualTo(s.hash("1404011203809002")).isNotEqualTo(lain.hash("1404011203809001"));
    }

    @Test
    void anotherKeyCannotDecrypt() {
        String sandi = new SandiPdp(KUNCI, new MockEnvironment()).sandikan("1404011203809001");
        var lain = new SandiPdp(Base64.getEncoder().encodeToString(new byte[32]), new MockEnvironment());
        assertThatThrownBy(() -> lain.buka(sandi)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void productionRefusesToStartWithoutAKey() {
        assertThatThrownBy(() -> new SandiPdp("", new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PELITA_PDP_KEY");
        var prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> new SandiPdp(null, prod)).hasMessageContaining("PELITA_PDP_KEY");
    }

    @Test
    void demoAndTestProfilesStartWithoutAKey() {
        for (String profil : new String[]{"demo", "test"}) {
            var env = new MockEnvironment();
            env.setActiveProfiles(profil);
            var s = new SandiPdp("", env);
            assertThat(s.buka(s.sandikan("1"))).isEqualTo("1");
        }
    }

    @Test
    void keyOfTheWrongLengthOrNotBase64IsRefused() {
        assertThatThrownBy(() -> new SandiPdp(Base64.getEncoder().encodeToString(new byte[16]), new MockEnvironment()))
                .hasMessageContaining("32 byte");
        assertThatThrownBy(() -> new SandiPdp("bukan base64!", new MockEnvironment())).hasMessageContaining("base64");
    }
}
