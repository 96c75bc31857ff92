package id.pelita.inti.internal;

import id.pelita.inti.PemuatAwal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link PemuatAwal} in order during context start, in a lifecycle phase before the web
 * server's (Spring Boot starts the server at {@code DEFAULT_PHASE - 2048}).
 */
@Component
class JalankanPemuatAwal implements SmartLifecycle {

    private final ObjectProvider<PemuatAwal> pemuat;
    private volatile boolean berjalan;

    JalankanPemuatAwal(ObjectProvider<PemuatAwal> pemuat) {
        this.pemuat = pemuat;
    }

    @Override
    public void start() {
        pemuat.orderedStream().forEach(PemuatAwal::muat);
        berjalan = true;
    }

    @Override
    public void stop() {
        berjalan = false;
    }

    @Override
    public boolean isRunning() {
        return berjalan;
    }

    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }
}
