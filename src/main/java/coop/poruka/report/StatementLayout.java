package coop.poruka.report;

import coop.poruka.domain.document.Statement;
import coop.poruka.domain.document.Statement.Line;
import coop.poruka.domain.document.Statement.Posting;
import coop.poruka.domain.guarantee.CreditStanding;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.money.Unit;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.report.Table.Align;
import coop.poruka.report.Table.Cell;
import coop.poruka.report.Table.Column;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A member's monthly statement on A4, laid out like a bank's: who and which month, the month's
 * figures in a row of boxes, every posting with its running balance (the table header repeats on
 * each page), the guarantor sections, and the journal head the month ended with.
 */
final class StatementLayout {
    private static final float MARGIN = 42;
    private static final Style NAME = Style.bold(14);
    private static final Style SUB = Style.muted(9);
    private static final Style FIGURE_LABEL = Style.muted(7.5f);
    private static final Style FIGURE = Style.regular(11);
    private static final Style FIGURE_BOLD = Style.bold(11);
    private static final float LABEL_WIDTH = 150;

    private final Statement s;
    private final Words words;
    private final Unit unit;

    StatementLayout(Statement statement, Words words) {
        this.s = statement;
        this.words = words;
        this.unit = statement.coop().unit();
    }

    PdfDocument build() {
        CoopSettings coop = s.coop();
        Member m = s.member();
        String title = words.get("statement.title");
        String printed = words.get("printed", words.moment(s.printedAt(), s.zone()));
        PdfDocument d = new PdfDocument(PDRectangle.A4, MARGIN, new Letterhead(coop, words, title, printed));
        try {
            d.info(title + " " + s.month() + " " + m.code(), coop.name(),
                    GregorianCalendar.from(s.printedAt().atZone(s.zone())));
            d.newPage();
            member(d);
            figures(d);
            Blocks.heading(d, words.get("statement.postings"));
            if (s.postings().isEmpty()) {
                d.paragraph(words.get("statement.noPostings"), Style.muted(9));
            } else {
                postings().draw(d);
            }
            guarantorSections(d);
            journalHead(d);
            return d;
        } catch (RuntimeException e) {
            d.close();
            throw e;
        }
    }

    private void member(PdfDocument d) {
        Member m = s.member();
        for (String line : d.wrap(m.name(), NAME, d.width())) {
            d.need(NAME.leading());
            d.text(line, d.left(), PdfDocument.baseline(d.y(), NAME), NAME);
            d.down(NAME.leading());
        }
        String period = words.get("statement.period", words.date(s.month().atDay(1)), words.date(s.month().atEndOfMonth()));
        d.text(words.get("statement.memberLine", m.code(), words.get("status." + m.status().name().toLowerCase(
                java.util.Locale.ROOT))), d.left(), PdfDocument.baseline(d.y(), SUB), SUB);
        d.textRight(period, d.right(), PdfDocument.baseline(d.y(), SUB), Style.regular(9));
        d.down(SUB.leading() + 10);
    }

    /** Opening, debits, credits, closing and credit limit in a row of boxes; the closing balance stands out. */
    private void figures(PdfDocument d) {
        String[][] boxes = {
            {words.get("statement.opening"), words.amount(s.opening(), unit)},
            {words.get("statement.debits"), words.amount(s.totalDebits(), unit)},
            {words.get("statement.credits"), words.amount(s.totalCredits(), unit)},
            {words.get("statement.closing"), words.amount(s.closing(), unit)},
            {words.get("statement.limit"), words.amount(s.creditLimit(), unit)},
        };
        float height = FIGURE_LABEL.leading() + FIGURE.leading() + 12;
        d.need(height + 30);
        float w = d.width() / boxes.length;
        float top = d.y();
        for (int i = 0; i < boxes.length; i++) {
            float x = d.left() + i * w;
            boolean closing = i == 3;
            if (closing) {
                d.fill(x, top - height, w, height, 0.93f);
            }
            d.text(boxes[i][0], x + 6, PdfDocument.baseline(top - 5, FIGURE_LABEL), FIGURE_LABEL);
            d.textRight(boxes[i][1], x + w - 6, PdfDocument.baseline(top - 6 - FIGURE_LABEL.leading(), FIGURE),
                    closing ? FIGURE_BOLD : FIGURE);
        }
        d.line(d.left(), d.right(), top, 0.7f, 0.45f);
        d.line(d.left(), d.right(), top - height, 0.7f, 0.45f);
        d.down(height + 5);
        long available = Math.max(0, s.closing() + s.creditLimit());
        CreditStanding standing = s.security().standing();
        if (standing == null) {
            d.paragraph(words.get("statement.limitNote", words.amount(s.creditLimit(), unit),
                    words.amount(available, unit)), Style.muted(8));
        } else {
            // How the rules derived the limit, in the domain's own sentence, then what was left of it.
            d.paragraph(words.sentence(standing.explanation(unit.decimals())) + " "
                    + words.get("statement.available", words.amount(standing.tooFewGuarantors() ? 0 : available, unit)),
                    Style.muted(8));
        }
    }

    private Table postings() {
        Table t = new Table(8.5f, List.of(
                new Column(words.get("statement.date"), 1.6f, Align.LEFT),
                new Column(words.get("statement.exchange"), 1.5f, Align.LEFT),
                new Column(words.get("statement.counterparty"), 4.2f, Align.LEFT),
                new Column(words.get("statement.debit"), 1.9f, Align.RIGHT),
                new Column(words.get("statement.credit"), 1.9f, Align.RIGHT),
                new Column(words.get("statement.balance"), 2.1f, Align.RIGHT)));
        t.row(Cell.of(words.shortDate(s.month().atDay(1))), Cell.of(""),
                new Cell(words.get("statement.opening"), null, true), Cell.of(""), Cell.of(""),
                new Cell(words.amount(s.opening(), unit), null, true));
        for (Posting p : s.postings()) {
            String mark = p.reverses() != null ? words.get("statement.markReversal")
                    : p.reversedBy() != null ? words.get("statement.markReversed") : null;
            t.row(detail(p), Cell.of(words.shortDate(p.date())),
                    new Cell(p.exchangeId().toString().substring(0, 8), mark, false),
                    Cell.of(p.counterpartyName()),
                    Cell.of(p.debit() == 0 ? "" : words.amount(p.debit(), unit)),
                    Cell.of(p.credit() == 0 ? "" : words.amount(p.credit(), unit)),
                    Cell.of(words.amount(p.balance(), unit)));
        }
        t.row(Cell.of(words.shortDate(s.month().atEndOfMonth())), Cell.of(""),
                new Cell(words.get("statement.closing"), null, true),
                new Cell(words.amount(s.totalDebits(), unit), null, true),
                new Cell(words.amount(s.totalCredits(), unit), null, true),
                new Cell(words.amount(s.closing(), unit), null, true));
        return t;
    }

    /**
     * Under each posting, in small print: the counterparty's code, the memo, for reversals what was
     * reversed and why, and the full exchange id to look it up.
     */
    private String detail(Posting p) {
        List<String> parts = new ArrayList<>();
        parts.add(p.counterpartyCode());
        if (p.memo() != null && !p.memo().isBlank()) {
            parts.add(p.memo());
        }
        if (p.reverses() != null) {
            parts.add(words.get("statement.reversal", p.reverses().toString(), p.reason()));
        }
        if (p.reversedBy() != null) {
            parts.add(words.get("statement.reversedBy", p.reversedBy().toString()));
        }
        parts.add(words.get("statement.exchangeId", p.exchangeId().toString()));
        return String.join(" \u00b7 ", parts);
    }

    /**
     * Deposits held, guarantees given and received, open claims. The guarantor system fills these
     * lists; a section is printed only when it has lines, so statements made before it stay as they are.
     */
    private void guarantorSections(PdfDocument d) {
        Statement.Security sec = s.security();
        if (sec.isEmpty()) {
            return;
        }
        section(d, "statement.deposits", "statement.heldAt", sec.deposits());
        section(d, "statement.guaranteesGiven", "statement.since", sec.guaranteesGiven());
        section(d, "statement.guaranteesReceived", "statement.since", sec.guaranteesReceived());
        section(d, "statement.openClaims", "statement.claimFiled", sec.openClaims());
    }

    private void section(PdfDocument d, String key, String whatKey, List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Blocks.heading(d, words.get(key));
        Table t = new Table(8.5f, List.of(
                new Column(words.get("statement.counterparty"), 4, Align.LEFT),
                new Column(words.get(whatKey), 5, Align.LEFT),
                new Column(words.get("statement.amount"), 2.5f, Align.RIGHT)));
        for (Line l : lines) {
            t.row(Cell.of(l.counterpartyName() == null ? "" : l.counterpartyName(), l.counterpartyCode()),
                    Cell.of(what(l)), Cell.of(words.amount(l.amount(), l.unit())));
        }
        t.draw(d);
    }

    /** The line's date as the reader writes dates, then its description. */
    private String what(Line l) {
        String description = l.description() == null ? "" : l.description();
        if (l.date() == null) {
            return description;
        }
        String date = words.shortDate(l.date());
        return description.isBlank() ? date : date + " \u00b7 " + description;
    }

    private void journalHead(PdfDocument d) {
        Blocks.heading(d, words.get("statement.journalHead"));
        if (s.headAtEnd() == null) {
            d.paragraph(words.get("statement.noJournal"), Style.muted(8));
        } else {
            Blocks.field(d, words.get("statement.headEntry"),
                    words.get("statement.headEntryValue", s.headAtEnd().seq(), s.headAtEnd().office(),
                            words.moment(s.headAtEnd().recordedAt(), s.zone())), LABEL_WIDTH);
            Blocks.code(d, words.get("statement.headHash"), s.headAtEnd().hash().hex(), LABEL_WIDTH);
        }
        if (s.recordedLater() != null) {
            d.down(3);
            Blocks.field(d, words.get("statement.laterEntry"),
                    words.get("statement.headEntryValue", s.recordedLater().seq(), s.coop().officeCode(),
                            words.moment(s.recordedLater().recordedAt(), s.zone())), LABEL_WIDTH);
            Blocks.code(d, words.get("statement.headHash"), s.recordedLater().hash().hex(), LABEL_WIDTH);
        }
        d.down(3);
        d.paragraph(words.get("statement.headNote"), Style.muted(7.5f));
        if (s.recordedLater() != null) {
            d.paragraph(words.get("statement.laterNote"), Style.muted(7.5f));
        }
    }
}
