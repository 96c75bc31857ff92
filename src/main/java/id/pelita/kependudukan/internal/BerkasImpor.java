package id.pelita.kependudukan.internal;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded population file, row by row, without trusting it: the type comes from the first bytes (an
 * XLSX is a zip: {@code PK\3\4}; anything else must be UTF-8 text, with or without BOM, separated by comma,
 * semicolon (Indonesian Excel) or tab), an XLSX is checked for zip bombs by inflating every entry with a
 * budget before the spreadsheet reader sees it, and formulas are never evaluated: a formula cell is reported
 * as such.
 */
final class BerkasImpor {

    enum Jenis { CSV, XLSX }

    /** One cell as read: text (trimmed; dates of date-formatted cells as yyyy-MM-dd), formula, numeric. */
    record Nilai(String teks, boolean rumus, boolean angka) {
        static final Nilai KOSONG = new Nilai("", false, false);

        boolean kosong() {
            return teks.isEmpty() && !rumus;
        }
    }

    /** Receives the header, then each row (1-based row number in the file, header = 1); false stops reading. */
    interface Penerima {
        void judul(List<String> kolom);

        boolean baris(int nomor, List<Nilai> sel);
    }

    private BerkasImpor() {
    }

    /** The type from the magic bytes; refuses old .xls, other binaries and non-UTF-8 text. */
    static Jenis jenis(byte[] isi) {
        if (isi.length == 0) {
            throw new BerkasDitolak("impor.berkas.kosong");
        }
        if (isi.length >= 4 && isi[0] == 'P' && isi[1] == 'K' && isi[2] == 3 && isi[3] == 4) {
            return Jenis.XLSX;
        }
        if (isi.length >= 4 && (isi[0] & 0xff) == 0xD0 && (isi[1] & 0xff) == 0xCF && (isi[2] & 0xff) == 0x11
                && (isi[3] & 0xff) == 0xE0) {
            throw new BerkasDitolak("impor.berkas.xls");
        }
        for (int i = 0; i < Math.min(isi.length, 65536); i++) {
            int b = isi[i] & 0xff;
            if (b == 0 || (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0c)) {
                throw new BerkasDitolak("impor.berkas.jenis");
            }
        }
        teks(isi);
        return Jenis.CSV;
    }

    static void baca(byte[] isi, BatasImpor batas, Penerima penerima) {
        if (isi.length > batas.ukuranMaks().toBytes()) {
            throw new BerkasDitolak("impor.berkas.besar", batas.ukuranMaks().toMegabytes());
        }
        switch (jenis(isi)) {
            case CSV -> bacaCsv(isi, batas, penerima);
            case XLSX -> bacaXlsx(isi, batas, penerima);
        }
    }

    // --- CSV

    private static String teks(byte[] isi) {
        int awal = isi.length >= 3 && (isi[0] & 0xff) == 0xEF && (isi[1] & 0xff) == 0xBB && (isi[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(isi, awal, isi.length - awal)).toString();
        } catch (CharacterCodingException e) {
            throw new BerkasDitolak("impor.berkas.utf8");
        }
    }

    /** The separator that splits the header line into the most columns (outside quotes). */
    static char pemisah(String teks) {
        int akhir = teks.indexOf('\n');
        String judul = akhir < 0 ? teks : teks.substring(0, akhir);
        char terbaik = ',';
        int paling = -1;
        for (char c : new char[]{',', ';', '\t', '|'}) {
            int n = 0;
            boolean kutip = false;
            for (int i = 0; i < judul.length(); i++) {
                char x = judul.charAt(i);
                if (x == '"') {
                    kutip = !kutip;
                } else if (x == c && !kutip) {
                    n++;
                }
            }
            if (n > paling) {
                paling = n;
                terbaik = c;
            }
        }
        return terbaik;
    }

    private static void bacaCsv(byte[] isi, BatasImpor batas, Penerima penerima) {
        String teks = teks(isi);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(pemisah(teks)).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser p = CSVParser.parse(new StringReader(teks), format)) {
            Iterator<CSVRecord> it = p.iterator();
            if (!it.hasNext()) {
                throw new BerkasDitolak("impor.berkas.kosong");
            }
            CSVRecord judul = it.next();
            List<String> kolom = new ArrayList<>();
            judul.forEach(kolom::add);
            penerima.judul(kolom);
            int n = 0;
            while (it.hasNext()) {
                CSVRecord r = it.next();
                if (++n > batas.barisMaks()) {
                    throw new BerkasDitolak("impor.berkas.baris", batas.barisMaks());
                }
                List<Nilai> sel = new ArrayList<>(r.size());
                boolean semuaKosong = true;
                for (String s : r) {
                    sel.add(s.isEmpty() ? Nilai.KOSONG : new Nilai(s, false, false));
                    semuaKosong &= s.isEmpty();
                }
                if (!semuaKosong && !penerima.baris((int) r.getRecordNumber(), sel)) {
                    return;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new BerkasDitolak("impor.berkas.rusak.csv");
        }
    }

    // --- XLSX

    /** Inflates every entry with a budget: entries, total size, ratio (the zip-bomb guards). */
    static void periksaZip(byte[] isi, BatasImpor batas) {
        long total = 0;
        int entri = 0;
        byte[] buf = new byte[65536];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(isi)).get()) {
            Enumeration<ZipArchiveEntry> semua = zip.getEntries();
            while (semua.hasMoreElements()) {
                ZipArchiveEntry e = semua.nextElement();
                if (++entri > batas.entriZipMaks()) {
                    throw new BerkasDitolak("impor.berkas.bom");
                }
                long mampat = Math.max(1, e.getCompressedSize());
                long terurai = 0;
                try (InputStream in = zip.getInputStream(e)) {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        terurai += n;
                        total += n;
                        if (total > batas.ukuranTerurai().toBytes()
                                || (terurai > 1_048_576 && (double) mampat / terurai < batas.rasioMin())) {
                            throw new BerkasDitolak("impor.berkas.bom");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BerkasDitolak b) {
                throw b;
            }
            throw new BerkasDitolak("impor.berkas.rusak.xlsx");
        }
        if (entri == 0) {
            throw new BerkasDitolak("impor.berkas.rusak.xlsx");
        }
    }

    private static void bacaXlsx(byte[] isi, BatasImpor batas, Penerima penerima) {
        periksaZip(isi, batas);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(isi), new ReadingOptions(true, false));
             var baris = wb.getFirstSheet().openStream()) {
            Iterator<Row> it = baris.iterator();
            List<String> kolom = null;
            int n = 0;
            while (it.hasNext()) {
                Row r = it.next();
                List<Nilai> sel = sel(r);
                if (sel.stream().allMatch(Nilai::kosong)) {
                    continue;
                }
                if (kolom == null) {
                    kolom = sel.stream().map(Nilai::teks).toList();
                    penerima.judul(kolom);
                    continue;
                }
                if (++n > batas.barisMaks()) {
                    throw new BerkasDitolak("impor.berkas.baris", batas.barisMaks());
                }
                if (!penerima.baris(r.getRowNum(), sel)) {
                    return;
                }
            }
            if (kolom == null) {
                throw new BerkasDitolak("impor.berkas.kosong");
            }
        } catch (BerkasDitolak b) {
            throw b;
        } catch (IOException | RuntimeException e) {
            throw new BerkasDitolak("impor.berkas.rusak.xlsx");
        }
    }

    private static List<Nilai> sel(Row r) {
        int n = r.getCellCount();
        if (n == 0) {
            return Collections.emptyList();
        }
        List<Nilai> hasil = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Cell c = r.getCell(i);
            hasil.add(c == null ? Nilai.KOSONG : nilai(c));
        }
        return hasil;
    }

    private static Nilai nilai(Cell c) {
        CellType t = c.getType();
        if (t == CellType.FORMULA) {
            // Never evaluated, and its cached result is not trusted either.
            return new Nilai("=" + (c.getFormula() == null ? "" : c.getFormula()), true, false);
        }
        if (t == CellType.EMPTY) {
            return Nilai.KOSONG;
        }
        if (t == CellType.NUMBER) {
            String fmt = c.getDataFormatString();
            if (fmt != null && tanggal(fmt)) {
                try {
                    return new Nilai(c.asDate().toLocalDate().toString(), false, true);
                } catch (RuntimeException e) {
                    // not a usable date: fall back to the number
                }
            }
            String raw = c.getRawValue();
            try {
                BigDecimal b = new BigDecimal(raw.strip());
                return new Nilai(b.scale() > 0 ? b.stripTrailingZeros().toPlainString() : b.toPlainString(), false, true);
            } catch (RuntimeException e) {
                return new Nilai(raw == null ? "" : raw.strip(), false, true);
            }
        }
        String s = c.getText();
        return new Nilai(s == null ? "" : s.strip(), false, false);
    }

    private static boolean tanggal(String format) {
        String f = format.toLowerCase(Locale.ROOT).replaceAll("\\[[^]]*]|\"[^\"]*\"", "");
        return (f.contains("d") || f.contains("y")) && !f.contains("#") && !f.contains("0");
    }
}
