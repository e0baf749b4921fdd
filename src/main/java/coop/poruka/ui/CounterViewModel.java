package coop.poruka.ui;

import coop.poruka.app.PrintReceipt;
import coop.poruka.app.Queries;
import coop.poruka.app.RecordExchange;
import coop.poruka.app.ReverseExchange;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.CreditRules;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.ExchangeIds;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.Names;
import coop.poruka.domain.port.Documents;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The counter: one exchange being typed (one leg, or several for a swap or chain), what it does
 * to each party's standing before it is posted, posting it through {@link RecordExchange}, and
 * the day's exchanges with their reversal. Members are found by code or by any part of the name,
 * folded the way {@link Names#searchKey} folds; amounts are read in the person's locale.
 */
public final class CounterViewModel {
    /** Enough choices to pick from without scrolling. */
    static final int SUGGESTIONS = MemberSearch.SUGGESTIONS;
    /** How far back the day's list looks; a busy desk posts a few hundred exchanges a day. */
    static final int DESK_SCAN = 300;
    /** Stands in for the real id while the exchange is only previewed. */
    private static final UUID PREVIEW = new UUID(0, 0);

    /** One leg as typed: member fields hold a code, a picked suggestion or part of a name. */
    public static final class LegInput {
        private final StringProperty supplier = new SimpleStringProperty(this, "supplier", "");
        private final StringProperty receiver = new SimpleStringProperty(this, "receiver", "");
        private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
        private final StringProperty memo = new SimpleStringProperty(this, "memo", "");
        private final ReadOnlyStringWrapper amountError = new ReadOnlyStringWrapper(this, "amountError", "");

        public StringProperty supplierProperty() {
            return supplier;
        }

        public StringProperty receiverProperty() {
            return receiver;
        }

        public StringProperty amountProperty() {
            return amount;
        }

        public StringProperty memoProperty() {
            return memo;
        }

        /** Why the amount typed so far cannot be read; empty while it can, or while nothing is typed. */
        public ReadOnlyStringProperty amountErrorProperty() {
            return amountError.getReadOnlyProperty();
        }

        boolean isBlank() {
            return supplier.get().isBlank() && receiver.get().isBlank() && amount.get().isBlank()
                    && memo.get().isBlank();
        }
    }

    /** What stops a party's part in the exchange. */
    public enum Problem {
        NONE,
        /** Would end below the credit limit: posting needs an override reason. */
        OVER_LIMIT,
        /** Suspended or departed and would receive credit: cannot be posted. */
        NOT_ACTIVE
    }

    /** A party's standing now and after the whole exchange, in minor units. */
    public record Standing(String code, String name, String status, long balance, long creditLimit, long available,
            long net, long balanceAfter, long availableAfter, Problem problem) {}

    /** A member offered while a member field is typed into. */
    public record Suggestion(String code, String name) {
        /** What the field shows once picked; the code comes first, so it is what is read back. */
        public String text() {
            return code + "  " + name;
        }
    }

    /** One of the day's exchanges at this desk. */
    public record DeskRow(UUID id, String shortId, String time, List<ExchangeRow.LegRow> legs, String total,
            boolean reversal, boolean reversed, String note) {}

    public enum Outcome {
        POSTED,
        /** Someone would go below their limit and no reason was given: nothing was posted. */
        NEEDS_OVERRIDE,
        /** Something is wrong; the message says what. Nothing was posted. */
        REFUSED
    }

    private final LedgerSession session;
    private final Labels labels;
    private final MemberSearch members = new MemberSearch();
    private final ObservableList<LegInput> legs = FXCollections.observableArrayList();
    private final ObservableList<Standing> standings = FXCollections.observableArrayList();
    private final ObservableList<DeskRow> desk = FXCollections.observableArrayList();
    private final StringProperty override = new SimpleStringProperty(this, "override", "");
    private final ReadOnlyBooleanWrapper overrideAsked = new ReadOnlyBooleanWrapper(this, "overrideAsked", false);
    private final ReadOnlyBooleanWrapper overLimit = new ReadOnlyBooleanWrapper(this, "overLimit", false);
    private final ReadOnlyStringWrapper blocked = new ReadOnlyStringWrapper(this, "blocked", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError", false);
    private final ReadOnlyObjectWrapper<PostedExchange> lastPosted = new ReadOnlyObjectWrapper<>(this, "lastPosted");
    private final ReadOnlyStringWrapper lastShortId = new ReadOnlyStringWrapper(this, "lastShortId", "");
    private final ReadOnlyStringWrapper lastId = new ReadOnlyStringWrapper(this, "lastId", "");
    private final ReadOnlyStringWrapper lastHash = new ReadOnlyStringWrapper(this, "lastHash", "");
    private final ReadOnlyBooleanWrapper savingReceipt = new ReadOnlyBooleanWrapper(this, "savingReceipt", false);
    private ReceiptFile receiptFile = (name, folder) -> Optional.empty();
    private PasswordAsk passwordAsk = problem -> Optional.empty();
    private Predicate<Path> viewer = SystemViewer::open;
    private Executor fx = Platform::runLater;
    private Path receiptFolder;
    /** Chosen before the first try, so posting the same exchange twice can never post it twice. */
    private UUID pendingId;

    /** Where a receipt is saved: asked with a file name and folder to suggest; empty when the person cancels. */
    @FunctionalInterface
    public interface ReceiptFile {
        Optional<Path> choose(String suggestedName, Path folder);
    }

    /** Asks for the keystore password, showing why the last one failed; empty when the person cancels. */
    @FunctionalInterface
    public interface PasswordAsk {
        Optional<String> ask(String problem);
    }

    public CounterViewModel(LedgerSession session) {
        this.session = session;
        this.labels = session.labels();
        legs.addListener((ListChangeListener<LegInput>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::watch);
            }
            preview();
        });
        addLeg();
    }

    public Labels labels() {
        return labels;
    }

    public Formats formats() {
        return session.formats();
    }

    public String amount(long minor) {
        return session.formats().amount(minor);
    }

    public ObservableList<LegInput> legs() {
        return legs;
    }

    public ObservableList<Standing> standings() {
        return standings;
    }

    /** The day's exchanges at this desk, newest first. */
    public ObservableList<DeskRow> desk() {
        return desk;
    }

    public StringProperty overrideProperty() {
        return override;
    }

    /** True once posting found a party over their limit and asked why it should be allowed. */
    public ReadOnlyBooleanProperty overrideAskedProperty() {
        return overrideAsked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overLimitProperty() {
        return overLimit.getReadOnlyProperty();
    }

    /** Why the exchange cannot be posted at all (a suspended or departed member receives); empty if it can. */
    public ReadOnlyStringProperty blockedProperty() {
        return blocked.getReadOnlyProperty();
    }

    /** One sentence about the last thing done: what was posted, or why nothing was. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PostedExchange> lastPostedProperty() {
        return lastPosted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastShortIdProperty() {
        return lastShortId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastIdProperty() {
        return lastId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastHashProperty() {
        return lastHash.getReadOnlyProperty();
    }

    /** Reads the members and the day's exchanges again, keeping what is being typed. */
    public void refresh() {
        refreshMembers();
        loadDesk();
    }

    /** Reads the members again (what typing an exchange needs), keeping what is being typed. */
    public void refreshMembers() {
        members.load(session.queries().members());
        preview();
    }

    /** Reads the day's exchanges at this desk again. */
    public void refreshDesk() {
        loadDesk();
    }

    /** Adds a leg for a chain; its supplier starts as the previous leg's receiver, as chains usually run. */
    public LegInput addLeg() {
        LegInput leg = new LegInput();
        if (!legs.isEmpty()) {
            leg.supplier.set(legs.get(legs.size() - 1).receiver.get());
        }
        legs.add(leg);
        return leg;
    }

    public void removeLeg(LegInput leg) {
        if (legs.size() > 1) {
            legs.remove(leg);
        }
    }

    /** Starts a new exchange: one empty leg, no reason, no message. */
    public void clear() {
        legs.setAll(new LegInput());
        override.set("");
        overrideAsked.set(false);
        message.set("");
        pendingId = null;
    }

    /** Members whose code or name contains what was typed, ignoring case and accents; best first. */
    public List<Suggestion> suggestions(String typed) {
        return members.suggestions(typed);
    }

    /** The member a field means: its leading code, or the only member matching the text. */
    public Optional<Member> resolve(String text) {
        return members.resolve(text);
    }

    /**
     * Posts the exchange as typed. Nothing is posted when a field is wrong, a suspended or departed
     * member would receive, someone would go below their limit without a reason, or the ledger
     * refuses it; the message then says why.
     */
    public Outcome post() {
        List<Leg> typed = new ArrayList<>();
        for (LegInput in : legs) {
            if (in.isBlank()) {
                continue;
            }
            try {
                Member supplier = member(in.supplier.get(), "counter.supplier");
                Member receiver = member(in.receiver.get(), "counter.receiver");
                long value = amountInput().parse(in.amount.get());
                typed.add(new Leg(supplier.code(), receiver.code(), value, in.memo.get().strip()));
            } catch (InputRefused e) {
                return refuse(e.sentence());
            } catch (LedgerException e) {
                return refuse(e.message(labels.locale()));
            }
        }
        if (typed.isEmpty()) {
            return refuse(labels.get("counter.nothing"));
        }
        if (!blocked.get().isEmpty()) {
            return refuse(blocked.get());
        }
        String reason = override.get().strip();
        if (overLimit.get() && reason.isEmpty()) {
            overrideAsked.set(true);
            say(labels.get("counter.overrideNeeded"), true);
            return Outcome.NEEDS_OVERRIDE;
        }
        if (pendingId == null) {
            pendingId = ExchangeIds.next(session.clock().instant());
        }
        PostedExchange posted;
        try {
            posted = new RecordExchange(session.store(), session.clock())
                    .run(new RecordExchange.Request(pendingId, null, typed, overLimit.get() ? reason : null))
                    .posted();
        } catch (LedgerException e) {
            return refuse(e.message(labels.locale()));
        }
        clear();
        show(posted);
        say(labels.get("counter.posted", Formats.shortId(posted.exchange().id())), false);
        changed();
        return Outcome.POSTED;
    }

    /** Reverses one of the day's exchanges; false, with the reason in the message, when it is refused. */
    public boolean reverse(UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            say(labels.get("counter.reverseReasonNeeded"), true);
            return false;
        }
        try {
            PostedExchange reversal = new ReverseExchange(session.store(), session.clock()).run(id, reason.strip());
            show(reversal);
            say(labels.get("counter.reversed", Formats.shortId(id), Formats.shortId(reversal.exchange().id())),
                    false);
        } catch (LedgerException e) {
            say(e.message(labels.locale()), true);
            return false;
        }
        changed();
        return true;
    }

    /** True when this window can write receipts. */
    public boolean printsReceipts() {
        return session.documents().isPresent();
    }

    /** How the file for a receipt is chosen: the screen puts its save dialog here (a test, a file of its own). */
    public void setReceiptFile(ReceiptFile choice) {
        this.receiptFile = choice;
    }

    /** How the keystore password is asked for when a receipt is to be signed and it was not given yet. */
    public void setPasswordAsk(PasswordAsk ask) {
        this.passwordAsk = ask;
    }

    /** Opens a saved receipt for printing; true when it was opened. Runs off the FX thread. */
    void setViewer(Predicate<Path> viewer) {
        this.viewer = viewer;
    }

    /** True while a receipt is being written. */
    public ReadOnlyBooleanProperty savingReceiptProperty() {
        return savingReceipt.getReadOnlyProperty();
    }

    /**
     * Saves the receipt of {@code posted} as a PDF file the person chooses (suggested: named after
     * the exchange, in their documents folder, or where the last receipt went), then opens it in
     * the computer's PDF viewer to be printed. The file is written off the FX thread; the message
     * says where it is, or why it could not be written.
     */
    public void printReceipt(PostedExchange posted) {
        if (posted == null || savingReceipt.get() || session.documents().isEmpty()) {
            return;
        }
        UUID id = posted.exchange().id();
        String shortId = Formats.shortId(id);
        Optional<KeystoreUnlock> keys = session.keys();
        if (keys.isPresent() && keys.get().hasKeystore() && !unlocked(keys.get())) {
            say(labels.get("counter.receiptNeedsPassword"), true);
            return;
        }
        // Signed once the key is open; an office without a keystore hands unsigned receipts (decision 31).
        boolean unsigned = keys.isPresent() && !keys.get().hasKeystore();
        Documents documents = keys.flatMap(KeystoreUnlock::signed).orElse(session.documents().get());
        if (receiptFolder == null) {
            receiptFolder = SystemViewer.documentsFolder();
        }
        Optional<Path> chosen = receiptFile.choose(labels.get("counter.receiptFile", shortId), receiptFolder);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withPdfEnding(chosen.get().toAbsolutePath());
        receiptFolder = file.getParent();
        PrintReceipt print = new PrintReceipt(session.store(), documents, session.clock());
        savingReceipt.set(true);
        Thread worker = new Thread(() -> {
            String sentence;
            boolean error = false;
            try {
                print.run(id, file, labels.locale());
                sentence = labels.get(viewer.test(file) ? "counter.receiptOpened" : "counter.receiptSaved", shortId,
                        file) + (unsigned ? " " + labels.get("counter.receiptUnsigned") : "");
            } catch (LedgerException e) {
                sentence = e.message(labels.locale());
                error = true;
            } catch (RuntimeException e) {
                String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                sentence = labels.get("start.unexpected", what.lines().findFirst().orElse(what));
                error = true;
            }
            String said = sentence;
            boolean failed = error;
            fx.execute(() -> {
                savingReceipt.set(false);
                say(said, failed);
            });
        }, "poruka-receipt");
        worker.setDaemon(true);
        worker.start();
    }

    /** Opens the office key, asking for the password until it is right or the person gives up. */
    private boolean unlocked(KeystoreUnlock keys) {
        String problem = "";
        while (!keys.isUnlocked()) {
            Optional<String> typed = passwordAsk.ask(problem);
            if (typed.isEmpty()) {
                return false;
            }
            if (!keys.unlock(typed.get().toCharArray())) {
                problem = keys.problemProperty().get();
            }
        }
        return true;
    }

    /** A save dialog does not always add the ending the filter names; a receipt is always a .pdf file. */
    static Path withPdfEnding(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }

    private void changed() {
        refresh();
        session.changed();
    }

    private void show(PostedExchange posted) {
        lastPosted.set(posted);
        lastShortId.set(Formats.shortId(posted.exchange().id()));
        lastId.set(posted.exchange().id().toString());
        lastHash.set(posted.hash().hex());
    }

    private Outcome refuse(String sentence) {
        say(sentence, true);
        return Outcome.REFUSED;
    }

    private void say(String sentence, boolean error) {
        messageIsError.set(error);
        message.set(sentence);
    }

    private AmountInput amountInput() {
        return new AmountInput(labels, session.formats());
    }

    /** The member a field names, or a refusal saying the field is empty, unknown or ambiguous. */
    private Member member(String text, String fieldKey) {
        Optional<Member> m = resolve(text);
        if (m.isPresent()) {
            return m.get();
        }
        String t = text == null ? "" : text.strip();
        String field = labels.get(fieldKey);
        if (t.isEmpty()) {
            throw new InputRefused(labels.get("counter.memberMissing", field));
        }
        int found = suggestions(t).size();
        throw new InputRefused(found == 0 ? labels.get("counter.memberUnknown", field, t)
                : labels.get("counter.memberAmbiguous", field, t));
    }

    private void watch(LegInput leg) {
        leg.supplier.addListener((o, a, b) -> preview());
        leg.receiver.addListener((o, a, b) -> preview());
        leg.amount.addListener((o, a, b) -> preview());
    }

    /** Recomputes every party's standing after the whole exchange as typed so far. */
    private void preview() {
        Map<String, Member> parties = new LinkedHashMap<>();
        List<Leg> complete = new ArrayList<>();
        AmountInput amounts = amountInput();
        for (LegInput in : legs) {
            Optional<Member> s = resolve(in.supplier.get());
            Optional<Member> r = resolve(in.receiver.get());
            s.ifPresent(m -> parties.put(m.code(), m));
            r.ifPresent(m -> parties.put(m.code(), m));
            Long value = null;
            try {
                value = amounts.parse(in.amount.get());
                in.amountError.set("");
            } catch (InputRefused e) {
                in.amountError.set(in.amount.get().isBlank() ? "" : e.sentence());
            }
            if (s.isPresent() && r.isPresent() && value != null && !s.get().equals(r.get())) {
                complete.add(new Leg(s.get().code(), r.get().code(), value, ""));
            }
        }
        Map<String, Long> net = Map.of();
        Map<String, CreditRules.Kind> breaches = new HashMap<>();
        if (!complete.isEmpty()) {
            Exchange x = new Exchange(PREVIEW, LocalDate.now(session.clock()), complete, null, null, null);
            net = x.netByMember();
            CreditRules.check(x, parties).forEach(b -> breaches.put(b.member().code(), b.kind()));
        }
        List<Standing> rows = new ArrayList<>();
        String block = "";
        for (Member m : parties.values()) {
            long n = net.getOrDefault(m.code(), 0L);
            CreditRules.Kind kind = breaches.get(m.code());
            Problem p = kind == null ? Problem.NONE
                    : kind == CreditRules.Kind.NOT_ACTIVE ? Problem.NOT_ACTIVE : Problem.OVER_LIMIT;
            String status = labels.get("status." + m.status().name());
            if (p == Problem.NOT_ACTIVE && block.isEmpty()) {
                block = labels.get("counter.notActive", m.code(), m.name(), status);
            }
            rows.add(new Standing(m.code(), m.name(), status, m.balance(), m.creditLimit(), m.available(), n,
                    m.balance() + n, m.available() + n, p));
        }
        standings.setAll(rows);
        blocked.set(block);
        overLimit.set(rows.stream().anyMatch(r -> r.problem() == Problem.OVER_LIMIT));
        if (!overLimit.get()) {
            overrideAsked.set(false);
        }
    }

    private void loadDesk() {
        ZoneId zone = session.clock().getZone();
        LocalDate today = LocalDate.now(session.clock());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(labels.locale()).withZone(zone);
        List<PostedExchange> todays = session.queries().latestExchanges(DESK_SCAN).stream()
                .filter(p -> p.recordedAt().atZone(zone).toLocalDate().equals(today))
                .toList();
        Set<UUID> reversed = new HashSet<>();
        todays.forEach(p -> {
            if (p.exchange().isReversal()) {
                reversed.add(p.exchange().reverses());
            }
        });
        List<DeskRow> rows = new ArrayList<>();
        for (PostedExchange p : todays) {
            Exchange x = p.exchange();
            List<ExchangeRow.LegRow> legRows = x.legs().stream()
                    .map(l -> new ExchangeRow.LegRow(labels.get("exchanges.parties", l.supplier(), l.receiver()),
                            amount(l.amount()), l.memo()))
                    .toList();
            String note = x.isReversal() ? labels.get("exchanges.reverses", Formats.shortId(x.reverses()), x.reason())
                    : x.overrideReason() != null ? labels.get("exchanges.override", x.overrideReason()) : "";
            rows.add(new DeskRow(x.id(), Formats.shortId(x.id()), time.format(p.recordedAt()), legRows,
                    amount(x.totalValue()), x.isReversal(), reversed.contains(x.id()), note));
        }
        desk.setAll(rows);
    }
}
