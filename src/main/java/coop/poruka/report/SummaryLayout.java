package coop.poruka.report;

import coop.poruka.domain.document.MonthSummary;
import coop.poruka.domain.money.Unit;
import coop.poruka.report.Table.Align;
import coop.poruka.report.Table.Cell;
import coop.poruka.report.Table.Column;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The treasurer's monthly summary of the co-op on one A4 page: activity, members, and the balance check. */
final class SummaryLayout {
    private static final float MARGIN = 42;
    private static final Style TITLE = Style.bold(14);
    private static final float LABEL_WIDTH = 150;

    private final MonthSummary s;
    private final Words words;
    private final Unit unit;

    SummaryLayout(MonthSummary summary, Words words) {
        this.s = summary;
        this.words = words;
        this.unit = summary.coop().unit();
    }

    PdfDocument build() {
        String title = words.get("summary.title");
        String printed = words.get("printed", words.moment(s.printedAt(), s.zone()));
        PdfDocument d = new PdfDocument(PDRectangle.A4, MARGIN, new Letterhead(s.coop(), words, title, printed));
        try {
            d.info(title + " " + s.month(), s.coop().name(), GregorianCalendar.from(s.printedAt().atZone(s.zone())));
            d.newPage();
            d.text(words.get("statement.period", words.date(s.month().atDay(1)), words.date(s.month().atEndOfMonth())),
                    d.left(), PdfDocument.baseline(d.y(), TITLE), TITLE);
            d.down(TITLE.leading() + 4);

            Blocks.heading(d, words.get("summary.activity"));
            table(new String[][] {
                {words.get("summary.exchanges"), Long.toString(s.exchanges() - s.reversals())},
                {words.get("summary.reversals"), Long.toString(s.reversals())},
                {words.get("summary.legs"), Long.toString(s.legs())},
                {words.get("summary.value"), words.amount(s.value(), unit)},
            }).draw(d);

            Blocks.heading(d, words.get("summary.members"));
            table(new String[][] {
                {words.get("summary.membersAll"), Long.toString(s.members())},
                {words.get("summary.membersActive"), Long.toString(s.membersActive())},
            }).draw(d);

            Blocks.heading(d, words.get("summary.balances"));
            Table t = table(new String[][] {
                {words.get("summary.positive"), words.amount(s.positive(), unit)},
                {words.get("summary.negative"), words.amount(s.negative(), unit)},
            });
            t.row(new Cell(words.get("summary.sum"), null, true),
                    new Cell(words.amount(s.positive() + s.negative(), unit), null, true));
            t.draw(d);
            d.down(4);
            d.paragraph(words.get(s.balanced() ? "summary.balanced" : "summary.unbalanced"),
                    s.balanced() ? Style.muted(8.5f) : Style.bold(9));

            MonthSummary.Guarantees g = s.guarantees();
            Blocks.heading(d, words.get("summary.guarantees"));
            table(new String[][] {
                {words.get("summary.depositsHeld"), words.amount(g.depositsHeld(), unit)},
                {words.get("summary.caps"), words.amount(g.caps(), unit)},
                {words.get("summary.claimsOpened"), Long.toString(g.claimsOpened())},
                {words.get("summary.claimsDecided"), Long.toString(g.claimsDecided())},
                {words.get("summary.claimsSettled"), Long.toString(g.claimsSettled())},
            }).draw(d);

            Blocks.heading(d, words.get("statement.journalHead"));
            if (s.headAtEnd() == null) {
                d.paragraph(words.get("statement.noJournal"), Style.muted(8));
            } else {
                Blocks.field(d, words.get("statement.headEntry"), words.get("statement.headEntryValue",
                        s.headAtEnd().seq(), s.headAtEnd().office(), words.moment(s.headAtEnd().recordedAt(), s.zone())),
                        LABEL_WIDTH);
                Blocks.code(d, words.get("statement.headHash"), s.headAtEnd().hash().hex(), LABEL_WIDTH);
            }
            return d;
        } catch (RuntimeException e) {
            d.close();
            throw e;
        }
    }

    private Table table(String[][] rows) {
        Table t = new Table(9.5f, List.of(new Column("", 7, Align.LEFT), new Column("", 3, Align.RIGHT)));
        for (String[] r : rows) {
            t.row(Cell.of(r[0]), Cell.of(r[1]));
        }
        return t;
    }
}
