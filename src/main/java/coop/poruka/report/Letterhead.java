package coop.poruka.report;

import coop.poruka.domain.office.CoopSettings;

/**
 * The co-op's letterhead on every page of its documents: co-op name and office at the top with the
 * document's title, and at the bottom a note (when it was printed) with "page x of y".
 */
final class Letterhead implements PdfDocument.Decor {
    private static final Style NAME = Style.bold(12);
    private static final Style TITLE = Style.bold(10.5f);
    private static final Style SMALL = Style.muted(7.5f);

    private final CoopSettings coop;
    private final Words words;
    private final String title;
    private final String footnote;

    Letterhead(CoopSettings coop, Words words, String title, String footnote) {
        this.coop = coop;
        this.words = words;
        this.title = title;
        this.footnote = footnote;
    }

    @Override
    public void header(PdfDocument d) {
        float top = d.y();
        d.text(coop.name(), d.left(), PdfDocument.baseline(top, NAME), NAME);
        d.textRight(title, d.right(), PdfDocument.baseline(top, NAME), TITLE);
        d.down(NAME.leading());
        d.text(words.get("office", coop.officeName(), coop.officeCode()), d.left(),
                PdfDocument.baseline(d.y(), Style.muted(8.5f)), Style.muted(8.5f));
        d.down(Style.muted(8.5f).leading() + 4);
        d.rule(1.2f, 0.15f);
        d.down(16);
    }

    @Override
    public void footer(PdfDocument d, int page, int pages) {
        float base = d.footerBaseline();
        d.line(d.left(), d.right(), base + SMALL.size() + 5, 0.4f, 0.75f);
        d.text(footnote, d.left(), base, SMALL);
        d.textRight(words.get("page", page, pages), d.right(), base, SMALL);
    }
}
