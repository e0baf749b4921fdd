package coop.poruka.ui;

import coop.poruka.app.GuarantorQueries;
import coop.poruka.app.MoveDeposit;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.CoopRules;
import coop.poruka.domain.guarantee.Deposit;
import coop.poruka.domain.guarantee.DepositAction;
import coop.poruka.domain.guarantee.GuarantorBook;
import coop.poruka.domain.money.Amounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The deposits register: every member's deposit in each currency (placed, drawn, returned,
 * held, where), the co-op's holdings per currency, and placing, topping up or returning a
 * deposit. Money stays in its own currency throughout; a refusal is said beside the fields.
 */
public final class DepositsViewModel {
    /** One deposit as the register shows it; amounts in the deposit's currency. */
    public record Row(String member, String currency, String placed, String drawn, String returned, String held,
            String heldAt) {}

    private final LedgerSession session;
    private final Labels labels;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty member = new SimpleStringProperty(this, "member", "");
    private final StringProperty currency = new SimpleStringProperty(this, "currency", "");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty heldAt = new SimpleStringProperty(this, "heldAt", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper(this, "done", "");
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper(this, "totals", "");

    public DepositsViewModel(LedgerSession session) {
        this.session = session;
        this.labels = session.labels();
    }

    public Labels labels() {
        return labels;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty memberProperty() {
        return member;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    /** Bank and account reference, needed to place. */
    public StringProperty heldAtProperty() {
        return heldAt;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** What the co-op holds, currency by currency, and what one unit is worth in each. */
    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public void refresh() {
        GuarantorBook book = new GuarantorQueries(session.store()).book();
        Map<String, Long> held = new TreeMap<>();
        List<Row> out = new ArrayList<>();
        for (Deposit d : book.deposits()) {
            int cd = CoopRules.currencyDecimals(d.currency());
            out.add(new Row(d.member(), d.currency(), money(d.placed(), cd), money(d.drawn(), cd),
                    money(d.returned(), cd), money(d.held(), cd), d.heldAt()));
            held.merge(d.currency(), d.held(), Long::sum);
        }
        rows.setAll(out);
        List<String> parts = new ArrayList<>();
        book.unitValues().forEach((cur, value) -> {
            int cd = CoopRules.currencyDecimals(cur);
            parts.add(labels.get("deposits.total", cur, money(held.getOrDefault(cur, 0L), cd),
                    money(value, cd)));
        });
        totals.set(parts.isEmpty() ? labels.get("deposits.noCurrency") : String.join("   ", parts));
        if (currency.get() == null || currency.get().isBlank()) {
            book.unitValues().keySet().stream().findFirst().ifPresent(currency::set);
        }
    }

    public boolean place() {
        return move(DepositAction.PLACE, "deposits.done.placed");
    }

    public boolean topUp() {
        return move(DepositAction.TOPUP, "deposits.done.toppedUp");
    }

    public boolean giveBack() {
        return move(DepositAction.RETURN, "deposits.done.returned");
    }

    private boolean move(DepositAction action, String doneKey) {
        problem.set("");
        done.set("");
        try {
            if (member.get() == null || member.get().isBlank()) {
                problem.set(labels.get("deposits.memberMissing"));
                return false;
            }
            String cur = CoopRules.currency(currency.get());
            long money = new AmountInput(labels, new Formats(labels.locale(), CoopRules.currencyDecimals(cur)))
                    .parse(amount.get());
            var m = new MoveDeposit(session.store(), session.clock()).run(new MoveDeposit.Request(member.get(), action,
                    money, cur, heldAt.get(), null, null));
            done.set(labels.get(doneKey, m.member(), money(m.amount(), CoopRules.currencyDecimals(cur)), cur));
        } catch (InputRefused e) {
            problem.set(e.sentence());
            return false;
        } catch (LedgerException e) {
            problem.set(refusal(e));
            return false;
        }
        amount.set("");
        session.changed();
        refresh();
        return true;
    }

    /**
     * The refusal in the person's words; a missing or unpriced deposit currency is told as what to do
     * here (the use case's own sentence names the command line).
     */
    private String refusal(LedgerException e) {
        return switch (e.key()) {
            case "deposit.noCurrency" -> labels.get("deposits.refused.noCurrency");
            case "deposit.wrongCurrency" -> labels.get("deposits.refused.wrongCurrency", currency.get().strip()
                    .toUpperCase(java.util.Locale.ROOT), String.join(", ",
                            new GuarantorQueries(session.store()).book().unitValues().keySet()));
            default -> e.message(labels.locale());
        };
    }

    /** Money as the person reads numbers (grouping and decimal mark of their language). */
    private String money(long minor, int decimals) {
        return Amounts.localFormat(labels.locale(), decimals).format(Amounts.toDecimal(minor, decimals));
    }
}
