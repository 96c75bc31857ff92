package id.pelita.antropometri.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input stream that fails once more than {@code maks} bytes were read (uploads without a Content-Length). */
final class BatasMasukan extends FilterInputStream {

    static final class Terlampaui extends RuntimeException {
        Terlampaui() {
            super("masukan melebihi batas");
        }
    }

    private final long maks;
    private long dibaca;

    BatasMasukan(InputStream in, long maks) {
        super(in);
        this.maks = maks;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            hitung(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            hitung(n);
        }
        return n;
    }

    private void hitung(long n) {
        dibaca += n;
        if (dibaca > maks) {
            throw new Terlampaui();
        }
    }
}
