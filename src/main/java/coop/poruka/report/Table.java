package coop.poruka.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table that reads like a bank statement: a muted header over a thin rule, cells that wrap,
 * amounts right-aligned, an optional detail line under a row (a memo), and the header again on
 * every page the table runs onto.
 */
public final class Table {
    public enum Align { LEFT, RIGHT }

    /** A column: its title, its share of the width, and how its cells align. */
    public record Column(String title, float weight, Align align) {}

    /** A cell: its main text and an optional smaller, muted line beneath (a member code). */
    public record Cell(String text, String note, boolean bold) {
        public static Cell of(String text) {
            return new Cell(text, null, false);
        }

        public static Cell of(String text, String note) {
            return new Cell(text, note, false);
        }
    }

    private record Row(List<Cell> cells, String detail) {}

    private static final float PAD = 3;
    private final List<Column> columns;
    private final List<Row> rows = new ArrayList<>();
    private final Style text;
    private final Style note;
    private final Style head;

    public Table(float size, List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.text = Style.regular(size);
        this.note = Style.muted(size - 1.5f);
        this.head = Style.muted(size - 1.5f);
    }

    /** Adds a row; {@code detail} (or null) runs under it across all but the first column. */
    public Table row(String detail, Cell... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("a row needs " + columns.size() + " cells");
        }
        rows.add(new Row(List.of(cells), detail));
        return this;
    }

    public Table row(Cell... cells) {
        return row(null, cells);
    }

    /** Draws the table at the cursor and moves the cursor below it. */
    public void draw(PdfDocument d) {
        float[] x = edges(d);
        d.need(head.leading() + PAD + text.leading() * 2);
        header(d, x);
        for (Row row : rows) {
            List<List<String>> main = new ArrayList<>();
            List<List<String>> notes = new ArrayList<>();
            float height = 0;
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = row.cells().get(c);
                float w = x[c + 1] - x[c] - PAD * 2;
                Style style = cell.bold() ? Style.bold(text.size()) : text;
                main.add(d.wrap(cell.text(), style, w));
                notes.add(cell.note() == null ? List.of() : d.wrap(cell.note(), note, w));
                height = Math.max(height, main.get(c).size() * text.leading() + notes.get(c).size() * note.leading());
            }
            List<String> detail = row.detail() == null || row.detail().isBlank() ? List.of()
                    : d.wrap(row.detail(), note, x[columns.size()] - x[1] - PAD * 2);
            height += detail.size() * note.leading() + PAD * 2;
            if (d.need(height)) {
                header(d, x);
            }
            float top = d.y() - PAD;
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = row.cells().get(c);
                Style style = cell.bold() ? Style.bold(text.size()) : text;
                float lineTop = top;
                for (String line : main.get(c)) {
                    place(d, c, x, line, PdfDocument.baseline(lineTop, style), style);
                    lineTop -= text.leading();
                }
                for (String line : notes.get(c)) {
                    place(d, c, x, line, PdfDocument.baseline(lineTop, note), note);
                    lineTop -= note.leading();
                }
            }
            float detailTop = d.y() - height + PAD + detail.size() * note.leading();
            for (String line : detail) {
                d.text(line, x[1] + PAD, PdfDocument.baseline(detailTop, note), note);
                detailTop -= note.leading();
            }
            d.down(height);
            d.line(x[0], x[columns.size()], d.y(), 0.4f, 0.85f);
        }
    }

    /** Column edges from the left margin to the right one, by weight. */
    private float[] edges(PdfDocument d) {
        float total = 0;
        for (Column c : columns) {
            total += c.weight();
        }
        float[] x = new float[columns.size() + 1];
        x[0] = d.left();
        for (int i = 0; i < columns.size(); i++) {
            x[i + 1] = x[i] + d.width() * columns.get(i).weight() / total;
        }
        x[columns.size()] = d.right();
        return x;
    }

    private void header(PdfDocument d, float[] x) {
        if (columns.stream().allMatch(c -> c.title().isBlank())) {
            // A table of label and value: no header line, just the rule it starts with.
            d.line(x[0], x[columns.size()], d.y(), 0.7f, 0.45f);
            return;
        }
        float top = d.y();
        for (int c = 0; c < columns.size(); c++) {
            place(d, c, x, columns.get(c).title(), PdfDocument.baseline(top, head), head);
        }
        d.down(head.leading());
        d.line(x[0], x[columns.size()], d.y(), 0.7f, 0.45f);
    }

    private void place(PdfDocument d, int c, float[] x, String line, float baseline, Style style) {
        if (columns.get(c).align() == Align.RIGHT) {
            d.textRight(line, x[c + 1] - PAD, baseline, style);
        } else {
            d.text(line, x[c] + PAD, baseline, style);
        }
    }
}
