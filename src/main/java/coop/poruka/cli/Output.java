package coop.poruka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Prints rows as an aligned table for people or as RFC 4180 CSV for scripts. */
final class Output {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    Output(List<String> header, boolean... rightAligned) {
        this.header = header;
        this.rightAligned = rightAligned;
    }

    void row(String... cells) {
        rows.add(List.of(cells));
    }

    void print(PrintWriter out, boolean csv) {
        if (csv) {
            printCsv(out);
        } else {
            printTable(out);
        }
        out.flush();
    }

    private void printCsv(PrintWriter out) {
        try {
            CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180);
            p.printRecord(header);
            for (List<String> r : rows) {
                p.printRecord(r);
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printTable(PrintWriter out) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = len(header.get(i));
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], len(r.get(i)));
            }
        }
        line(out, header, width);
        for (List<String> r : rows) {
            line(out, r, width);
        }
    }

    private void line(PrintWriter out, List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i) == null ? "" : cells.get(i);
            String pad = " ".repeat(width[i] - len(c));
            boolean right = i < rightAligned.length && rightAligned[i];
            b.append(right ? pad + c : c + (i == cells.size() - 1 ? "" : pad));
            if (i < cells.size() - 1) {
                b.append("  ");
            }
        }
        out.println(b.toString().stripTrailing());
    }

    private static int len(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }
}
