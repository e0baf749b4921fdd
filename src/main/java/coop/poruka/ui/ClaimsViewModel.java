package coop.poruka.ui;

import coop.poruka.app.DecideClaim;
import coop.poruka.app.GuarantorQueries;
import coop.poruka.app.SettleClaim;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.Claim;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The claims board: every claim with where it stands today (open with the days its panel has
 * left, awaiting the rest of the votes, escalated with its level, at the general meeting,
 * decided, settled), and the steps a clerk records for the selected one: a vote, an appeal, the
 * general meeting's decision, the settlement. A refusal is said in one sentence beside the fields.
 */
public final class ClaimsViewModel {
    /** One claim as the board shows it. */
    public record Row(UUID id, String claim, String claimant, String respondent, String amount, String stage,
            String panel) {}

    private final LedgerSession session;
    private final Labels labels;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty by = new SimpleStringProperty(this, "by", "");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper(this, "done", "");

    public ClaimsViewModel(LedgerSession session) {
        this.session = session;
        this.labels = session.labels();
    }

    public Labels labels() {
        return labels;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The claim the steps apply to. */
    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    /** Who votes or appeals: a member code. */
    public StringProperty byProperty() {
        return by;
    }

    /** The amount to uphold. */
    public StringProperty amountProperty() {
        return amount;
    }

    /** Why an appeal is made, or the minutes of the general meeting. */
    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Reads the claims again, keeping the selected one selected. */
    public void refresh() {
        UUID keep = selected.get() == null ? null : selected.get().id();
        LocalDate today = LocalDate.now(session.clock());
        Formats f = session.formats();
        rows.setAll(new GuarantorQueries(session.store()).claims().stream()
                .sorted(Comparator.comparing((Claim c) -> !c.status().isOpen()).thenComparing(Claim::filed))
                .map(c -> new Row(c.id(), Formats.shortId(c.id()), c.claimant(), c.respondent(), f.amount(c.amount()),
                        stage(c, today, f), c.atGeneralMeeting() ? labels.get("claims.meeting") : String.join(", ", c.panel())))
                .toList());
        selected.set(rows.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
    }

    /** Where the claim stands today, in words. */
    String stage(Claim c, LocalDate today, Formats f) {
        long left = c.deadline() == null ? 0 : ChronoUnit.DAYS.between(today, c.deadline()) + 1;
        return switch (c.status()) {
            case SETTLED -> labels.get("claims.stage.settled", f.amount(c.decidedAmount()));
            case REJECTED -> labels.get("claims.stage.rejected", appeal(c, today, f));
            case UPHELD -> labels.get("claims.stage.upheld", f.amount(c.decidedAmount()), appeal(c, today, f));
            case OPEN -> c.atGeneralMeeting() ? labels.get("claims.stage.meeting", c.level())
                    : c.level() > 1 ? labels.get("claims.stage.escalated", c.level(), left)
                    : !c.votes().isEmpty() ? labels.get("claims.stage.awaiting", c.votes().size(), c.panel().size(), left)
                    : labels.get("claims.stage.open", left);
        };
    }

    private String appeal(Claim c, LocalDate today, Formats f) {
        return c.appealUntil() != null && !today.isAfter(c.appealUntil())
                ? labels.get("claims.appealUntil", f.date(c.appealUntil())) : labels.get("claims.final");
    }

    /** The selected claim upheld with the amount typed (a panelist's vote, or the meeting's decision). */
    public boolean uphold() {
        return step(id -> {
            long units = new AmountInput(labels, session.formats()).parse(amount.get());
            decide(id, units);
        }, "claims.done.voted");
    }

    /** The selected claim rejected (a panelist's vote, or the meeting's decision). */
    public boolean reject() {
        return step(id -> decide(id, 0), "claims.done.voted");
    }

    private void decide(UUID id, long units) {
        DecideClaim decide = new DecideClaim(session.store(), session.clock());
        Claim c = new GuarantorQueries(session.store()).book().claim(id).orElseThrow();
        if (c.atGeneralMeeting()) {
            decide.meeting(id, units, required(reason.get(), "claims.minutesMissing"), null);
        } else {
            decide.vote(id, required(by.get(), "claims.byMissing"), units, null);
        }
    }

    /** A party to the selected claim does not accept its decision. */
    public boolean appeal() {
        return step(id -> new DecideClaim(session.store(), session.clock()).appeal(id, required(by.get(), "claims.byMissing"),
                required(reason.get(), "claims.reasonMissing"), null), "claims.done.appealed");
    }

    /** Pays the selected upheld claim. */
    public boolean settle() {
        return step(id -> new SettleClaim(session.store(), session.clock()).run(id, null), "claims.done.settled");
    }

    private String required(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new Missing(labels.get(key));
        }
        return text.strip();
    }

    /** A field left empty, said in the screen's own words. */
    private static final class Missing extends RuntimeException {
        Missing(String message) {
            super(message, null, false, false);
        }
    }

    private boolean step(Consumer<UUID> action, String doneKey) {
        problem.set("");
        done.set("");
        Row row = selected.get();
        if (row == null) {
            problem.set(labels.get("claims.noneSelected"));
            return false;
        }
        try {
            action.accept(row.id());
        } catch (LedgerException e) {
            problem.set(e.message(labels.locale()));
            refresh();
            return false;
        } catch (Missing | InputRefused e) {
            problem.set(e.getMessage());
            return false;
        }
        done.set(labels.get(doneKey, row.claim()));
        amount.set("");
        reason.set("");
        session.changed();
        refresh();
        return true;
    }
}
