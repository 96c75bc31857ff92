package id.pelita.kependudukan.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV (UTF-8 with BOM so Excel reads it right, comma separated) or XLSX (streamed by fastexcel,
 * every cell text). Every cell that a spreadsheet would take for a formula (starting with = + - @, tab or carriage
 * return: OWASP's CSV injection rule) gets a leading apostrophe.
 */
abstract class TabelKeluar implements AutoCloseable {

    enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        final String mime;
        final String akhiran;

        Format(String mime, String akhiran) {
            this.mime = mime;
            this.akhiran = akhiran;
        }

        static Format dari(String s) {
            return s != null && s.equalsIgnoreCase("xlsx") ? XLSX : CSV;
        }
    }

    static String netralkan(String s) {
        if (s == null || s.isEmpty()) {
            return s == null ? "" : s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    abstract void baris(List<String> sel);

    @Override
    public abstract void close();

    static TabelKeluar buka(Format format, OutputStream out, String namaLembar) {
        return format == Format.XLSX ? new Xlsx(out, namaLembar) : new Csv(out);
    }

    private static final class Csv extends TabelKeluar {
        private final CSVPrinter printer;

        Csv(OutputStream out) {
            try {
                out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void baris(List<String> sel) {
            try {
                printer.printRecord(sel.stream().map(TabelKeluar::netralkan).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Xlsx extends TabelKeluar {
        private final Workbook wb;
        private final Worksheet ws;
        private int r;

        Xlsx(OutputStream out, String namaLembar) {
            wb = new Workbook(out, "Pelita", "1.0");
            ws = wb.newWorksheet(namaLembar);
        }

        @Override
        void baris(List<String> sel) {
            for (int c = 0; c < sel.size(); c++) {
                ws.value(r, c, netralkan(sel.get(c)));
            }
            r++;
            if (r % 1000 == 0) {
                try {
                    ws.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void close() {
            try {
                wb.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
