package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An RFC 4180 CSV file read row by row, as the imports need it: UTF-8 with or without a byte
 * order mark, the header checked before anything else, and each row with the line of the file it
 * starts on (a quoted field may span lines, so that is not simply the row's number).
 */
final class CsvFile implements AutoCloseable {
    /**
     * Blank lines are skipped here rather than by the parser: the parser would swallow them while
     * reading the next row, and the line numbers reported to the person would drift.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final char BOM = '\uFEFF';
    /** What the decoder puts in place of bytes that are not UTF-8. */
    private static final char REPLACEMENT = '\uFFFD';

    /** One row of the file and the line it starts on. */
    record Row(long line, CSVRecord fields) {
        int size() {
            return fields.size();
        }

        String get(int i) {
            return fields.get(i);
        }

        /**
         * The field as text for the ledger. A spreadsheet cell may hold line breaks, which the
         * ledger does not store in names and memos, so each becomes a space.
         */
        String text(int i) {
            String f = fields.get(i);
            return f.indexOf('\n') < 0 && f.indexOf('\r') < 0 ? f : LINE_BREAK.matcher(f).replaceAll(" ");
        }
    }

    private final Path path;
    private final long size;
    private final Counter counter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private int columns;

    private CsvFile(Path path, long size, Counter counter, CSVParser parser) {
        this.path = path;
        this.size = size;
        this.counter = counter;
        this.parser = parser;
        this.records = parser.iterator();
    }

    /**
     * Opens the file and checks its header (names compared without case and surrounding space).
     *
     * @param headers  the headers the file may have
     * @param expected how the expected header is shown to the person, such as "code,name,limit[,contact]"
     */
    static CsvFile open(Path path, List<List<String>> headers, String expected) {
        long size;
        InputStream in;
        try {
            size = Files.size(path);
            in = Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new LedgerException(e, "import.fileNotFound", path);
        } catch (IOException e) {
            throw new LedgerException(e, "import.cannotRead", path, e.getMessage());
        }
        Counter counter = new Counter(in);
        // Bytes that are not UTF-8 become U+FFFD, and each row holding one is reported: failing at
        // the first bad byte would name no useful line, as the decoder reads far ahead of the parser.
        BufferedReader reader = new BufferedReader(new InputStreamReader(counter, StandardCharsets.UTF_8));
        try {
            skipByteOrderMark(reader);
            CsvFile csv = new CsvFile(path, size, counter, CSVParser.parse(reader, FORMAT));
            csv.checkHeader(headers, expected);
            return csv;
        } catch (IOException e) {
            closeQuietly(reader);
            throw new LedgerException(e, "import.cannotRead", path, e.getMessage());
        } catch (UncheckedIOException e) {
            // The header itself could not be read: reported like a row, on line 1.
            closeQuietly(reader);
            throw new ImportRejected(List.of(new ImportProblem(1, unreadable(path, e))));
        } catch (RuntimeException e) {
            closeQuietly(reader);
            throw e;
        }
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
    }

    private static void closeQuietly(BufferedReader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // already failing; the first error is the one to report
        }
    }

    private void checkHeader(List<List<String>> headers, String expected) {
        List<String> found = records.hasNext() ? records.next().toList() : List.of();
        List<String> names = found.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        if (!headers.contains(names)) {
            throw new LedgerException("import.badHeader", path.getFileName(), expected, String.join(",", found));
        }
        columns = names.size();
    }

    /** How many fields the header has, and so every row must have. */
    int columns() {
        return columns;
    }

    /**
     * Passes each row after the header to {@code sink}, skipping blank lines. A row that is not
     * UTF-8 text is reported to {@code problems} instead. Where the quoting breaks, that is
     * reported and reading ends: nothing after it can be trusted to be split into the right rows.
     */
    void rows(Consumer<Row> sink, Consumer<ImportProblem> problems) {
        while (true) {
            // The parser has read up to the end of the previous row, so this row starts on the next line.
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord r;
            try {
                if (!records.hasNext()) {
                    return;
                }
                r = records.next();
            } catch (UncheckedIOException e) {
                problems.accept(new ImportProblem(line, unreadable(path, e)));
                return;
            }
            if (r.size() == 1 && r.get(0).isEmpty()) {
                continue;
            }
            if (notUtf8(r)) {
                problems.accept(new ImportProblem(line, new LedgerException("import.notUtf8")));
                continue;
            }
            sink.accept(new Row(line, r));
        }
    }

    private static boolean notUtf8(CSVRecord r) {
        for (String field : r) {
            if (field.indexOf(REPLACEMENT) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static LedgerException unreadable(Path path, UncheckedIOException e) {
        Throwable cause = e.getCause();
        if (cause instanceof CSVException) {
            return new LedgerException(e, "import.notCsv");
        }
        // A disk error is not the file's fault: no row number would help the person.
        throw new LedgerException(e, "import.cannotRead", path, cause == null ? e.getMessage() : cause.getMessage());
    }

    /** Bytes read so far, for progress against {@link #size}. */
    long bytesRead() {
        return counter.count;
    }

    long size() {
        return size;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // only read from; nothing is lost by a failed close
        }
    }

    /** Counts the bytes that pass, so progress can be shown against the file's size. */
    private static final class Counter extends FilterInputStream {
        long count;

        Counter(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
