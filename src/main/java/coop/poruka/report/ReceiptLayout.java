package coop.poruka.report;

import coop.poruka.domain.document.Receipt;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.money.Unit;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.report.Table.Align;
import coop.poruka.report.Table.Cell;
import coop.poruka.report.Table.Column;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The receipt of one exchange, on A5: what was exchanged, between whom, and where everyone stands. */
final class ReceiptLayout {
    private static final float MARGIN = 36;
    private static final float LABEL_WIDTH = 104;

    private final Receipt receipt;
    private final Words words;
    private final Unit unit;

    ReceiptLayout(Receipt receipt, Words words) {
        this.receipt = receipt;
        this.words = words;
        this.unit = receipt.coop().unit();
    }

    PdfDocument build() {
        CoopSettings coop = receipt.coop();
        Exchange x = receipt.posted().exchange();
        String title = words.get(x.isReversal() ? "receipt.titleReversal" : "receipt.title");
        String printed = words.get("printed", words.moment(receipt.printedAt(), receipt.zone()));
        PdfDocument d = new PdfDocument(PDRectangle.A5, MARGIN, new Letterhead(coop, words, title, printed));
        try {
            d.info(title + " " + x.id(), coop.name(), GregorianCalendar.from(receipt.printedAt().atZone(receipt.zone())));
            d.newPage();
            field(d, "receipt.exchangeId", x.id().toString());
            field(d, "receipt.valueDate", words.date(x.valueDate()));
            field(d, "receipt.recordedAt", words.moment(receipt.posted().recordedAt(), receipt.zone()));
            if (x.isReversal()) {
                field(d, "receipt.reverses", x.reverses().toString());
                field(d, "receipt.reason", x.reason());
            }
            if (x.overrideReason() != null) {
                field(d, "receipt.override", x.overrideReason());
            }
            if (receipt.reversedBy() != null) {
                field(d, "receipt.reversedBy", receipt.reversedBy().toString());
            }
            heading(d, "receipt.legs");
            legs(x).draw(d);
            heading(d, "receipt.balances");
            balances().draw(d);
            heading(d, "receipt.entryHash");
            d.paragraph(receipt.posted().hash().hex(), Style.regular(7.5f));
            d.down(3);
            d.paragraph(words.get("receipt.hashNote", receipt.entry().seq(), receipt.entry().office()), Style.muted(7.5f));
            return d;
        } catch (RuntimeException e) {
            d.close();
            throw e;
        }
    }

    private void field(PdfDocument d, String key, String value) {
        Blocks.field(d, words.get(key), value, LABEL_WIDTH);
    }

    private void heading(PdfDocument d, String key) {
        Blocks.heading(d, words.get(key));
    }

    private Table legs(Exchange x) {
        Table t = new Table(9, List.of(
                new Column("#", 0.75f, Align.LEFT),
                new Column(words.get("receipt.supplier"), 4.3f, Align.LEFT),
                new Column(words.get("receipt.receiver"), 4.3f, Align.LEFT),
                new Column(words.get("receipt.amount"), 2.7f, Align.RIGHT)));
        int n = 1;
        for (Leg leg : x.legs()) {
            String memo = leg.memo().isBlank() ? null : words.get("receipt.memo", leg.memo());
            t.row(memo, Cell.of(Integer.toString(n++)),
                    Cell.of(receipt.name(leg.supplier()), leg.supplier()),
                    Cell.of(receipt.name(leg.receiver()), leg.receiver()),
                    Cell.of(words.amount(leg.amount(), unit)));
        }
        if (x.legs().size() > 1) {
            t.row(Cell.of(""), Cell.of(""), new Cell(words.get("receipt.total"), null, true),
                    new Cell(words.amount(x.totalValue(), unit), null, true));
        }
        return t;
    }

    private Table balances() {
        Table t = new Table(9, List.of(
                new Column(words.get("receipt.member"), 6, Align.LEFT),
                new Column(words.get("receipt.code"), 2.5f, Align.LEFT),
                new Column(words.get("receipt.balanceAfter"), 3.5f, Align.RIGHT)));
        for (Receipt.Party p : receipt.parties()) {
            t.row(Cell.of(p.name()), Cell.of(p.code()), Cell.of(words.amount(p.balanceAfter(), unit)));
        }
        return t;
    }
}
