package coop.poruka.report;

import java.util.List;

/** Small pieces every document lays out the same way: a section heading, a label beside its value. */
final class Blocks {
    static final Style HEADING = Style.bold(9.5f);
    static final Style LABEL = Style.muted(8.5f);
    static final Style VALUE = Style.regular(9);

    private Blocks() {}

    /** A label and its value side by side; long values wrap under themselves. */
    static void field(PdfDocument d, String label, String value, float labelWidth) {
        List<String> lines = d.wrap(value, VALUE, d.width() - labelWidth);
        d.need(lines.size() * VALUE.leading());
        float top = d.y();
        d.text(label, d.left(), PdfDocument.baseline(top, VALUE), LABEL);
        for (String line : lines) {
            d.text(line, d.left() + labelWidth, PdfDocument.baseline(top, VALUE), VALUE);
            top -= VALUE.leading();
        }
        d.down(lines.size() * VALUE.leading() + 1.5f);
    }

    /** A section heading, kept on the same page as the first lines under it (whatever they are). */
    static void heading(PdfDocument d, String text) {
        d.down(10);
        d.keepWithNext(HEADING.leading() + 2, () -> {
            d.text(text, d.left(), PdfDocument.baseline(d.y(), HEADING), HEADING);
            d.down(HEADING.leading() + 2);
        });
    }

    /**
     * A label and a value that must stay on one line, such as a hash: set smaller when it would not
     * fit at the usual size, so it is never cut in two.
     */
    static void code(PdfDocument d, String label, String value, float labelWidth) {
        float width = d.width() - labelWidth;
        Style style = VALUE;
        while (style.size() > 6 && d.textWidth(value, style) > width) {
            style = Style.regular(style.size() - 0.25f);
        }
        d.need(VALUE.leading());
        float top = d.y();
        d.text(label, d.left(), PdfDocument.baseline(top, VALUE), LABEL);
        for (String line : d.wrap(value, style, width)) {
            d.text(line, d.left() + labelWidth, PdfDocument.baseline(top, VALUE), style);
            top -= VALUE.leading();
            d.down(VALUE.leading());
        }
        d.down(1.5f);
    }
}
