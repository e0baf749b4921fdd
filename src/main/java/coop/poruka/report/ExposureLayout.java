package coop.poruka.report;

import coop.poruka.domain.document.ExposurePack;
import coop.poruka.domain.guarantee.ExposureLine;
import coop.poruka.domain.money.Unit;
import coop.poruka.report.Table.Align;
import coop.poruka.report.Table.Cell;
import coop.poruka.report.Table.Column;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A guarantor's exposure pack on A4: who, the totals, each member they vouch for with what it could
 * cost them, the claims waiting for their vote with their deadlines, and the journal head it was read at.
 */
final class ExposureLayout {
    private static final float MARGIN = 42;
    private static final Style NAME = Style.bold(14);
    private static final Style SUB = Style.muted(9);
    private static final float LABEL_WIDTH = 170;

    private final ExposurePack p;
    private final Words words;
    private final Unit unit;

    ExposureLayout(ExposurePack pack, Words words) {
        this.p = pack;
        this.words = words;
        this.unit = pack.coop().unit();
    }

    PdfDocument build() {
        String title = words.get("exposure.title");
        String printed = words.get("printed", words.moment(p.printedAt(), p.zone()));
        PdfDocument d = new PdfDocument(PDRectangle.A4, MARGIN, new Letterhead(p.coop(), words, title, printed));
        try {
            d.info(title + " " + p.guarantor().code(), p.coop().name(),
                    GregorianCalendar.from(p.printedAt().atZone(p.zone())));
            d.newPage();
            for (String line : d.wrap(p.guarantor().name(), NAME, d.width())) {
                d.need(NAME.leading());
                d.text(line, d.left(), PdfDocument.baseline(d.y(), NAME), NAME);
                d.down(NAME.leading());
            }
            d.text(words.get("exposure.guarantorLine", p.guarantor().code()), d.left(),
                    PdfDocument.baseline(d.y(), SUB), SUB);
            d.down(SUB.leading() + 8);

            Blocks.heading(d, words.get("exposure.totals"));
            Blocks.field(d, words.get("exposure.totalMax"), words.amount(p.totalMax(), unit), LABEL_WIDTH);
            Blocks.field(d, words.get("exposure.totalExpected"), words.amount(p.totalExpected(), unit), LABEL_WIDTH);
            Blocks.field(d, words.get("exposure.fromBelow"), words.amount(p.fromBelow(), unit), LABEL_WIDTH);
            Blocks.field(d, words.get("exposure.ownDeposit"), words.amount(p.ownDeposit(), unit), LABEL_WIDTH);

            Blocks.heading(d, words.get("exposure.vouched"));
            if (p.lines().isEmpty()) {
                d.paragraph(words.get("exposure.noneVouched"), Style.muted(9));
            } else {
                lines().draw(d);
                for (ExposureLine l : p.lines()) {
                    if (l.paid() > 0) {
                        d.paragraph(words.get("exposure.owes", l.name(), l.member(), words.amount(l.paid(), unit)),
                                Style.regular(8.5f));
                    }
                }
            }

            Blocks.heading(d, words.get("exposure.votes"));
            if (p.votes().isEmpty()) {
                d.paragraph(words.get("exposure.noVotes"), Style.muted(9));
            } else {
                votes().draw(d);
            }

            Blocks.heading(d, words.get("exposure.journal"));
            if (p.head() == null) {
                d.paragraph(words.get("statement.noJournal"), Style.muted(8));
            } else {
                Blocks.field(d, words.get("statement.headEntry"), words.get("statement.headEntryValue",
                        p.head().seq(), p.head().office(), words.moment(p.head().recordedAt(), p.zone())), LABEL_WIDTH);
                Blocks.code(d, words.get("statement.headHash"), p.head().hash().hex(), LABEL_WIDTH);
            }
            d.down(4);
            d.paragraph(words.get("exposure.note"), Style.muted(7.5f));
            return d;
        } catch (RuntimeException e) {
            d.close();
            throw e;
        }
    }

    private Table lines() {
        Table t = new Table(8.5f, List.of(
                new Column(words.get("exposure.member"), 4, Align.LEFT),
                new Column(words.get("exposure.cap"), 1.8f, Align.RIGHT),
                new Column(words.get("statement.balance"), 1.8f, Align.RIGHT),
                new Column(words.get("exposure.openClaims"), 1.8f, Align.RIGHT),
                new Column(words.get("exposure.max"), 1.8f, Align.RIGHT),
                new Column(words.get("exposure.expected"), 1.8f, Align.RIGHT)));
        for (ExposureLine l : p.lines()) {
            t.row(Cell.of(l.name(), l.member()), Cell.of(words.amount(l.cap(), unit)),
                    Cell.of(words.amount(l.balance(), unit)), Cell.of(words.amount(l.openClaims(), unit)),
                    Cell.of(words.amount(l.liabilityMax(), unit)), Cell.of(words.amount(l.liabilityExpected(), unit)));
        }
        return t;
    }

    private Table votes() {
        Table t = new Table(8.5f, List.of(
                new Column(words.get("exposure.deadline"), 1.7f, Align.LEFT),
                new Column(words.get("exposure.claimant"), 3.3f, Align.LEFT),
                new Column(words.get("exposure.respondent"), 3.3f, Align.LEFT),
                new Column(words.get("statement.amount"), 1.9f, Align.RIGHT)));
        for (ExposurePack.Vote v : p.votes()) {
            String detail = words.get("exposure.voteDetail", v.claim().toString(), words.shortDate(v.filed()), v.level(),
                    v.text() == null ? "" : v.text());
            t.row(detail, Cell.of(v.deadline() == null ? "" : words.shortDate(v.deadline())),
                    Cell.of(v.claimantName(), v.claimant()), Cell.of(v.respondentName(), v.respondent()),
                    Cell.of(words.amount(v.amount(), unit)));
        }
        return t;
    }
}
