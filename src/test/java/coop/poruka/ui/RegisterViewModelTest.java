package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.app.Queries;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.Names;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register's model on the demo ledger, checked against every exchange read straight from the journal. */
class RegisterViewModelTest {
    @TempDir
    static Path demoDir;
    static LedgerStore demo;
    static List<Member> members;
    /** Every exchange of the demo, newest first. */
    static List<Exchange> all;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeDemo() {
        demo = DemoLedger.open(demoDir);
        members = new Queries(demo).members();
        List<Exchange> scanned = new ArrayList<>();
        demo.read(r -> {
            r.scanExchanges(scanned::add);
            return null;
        });
        Collections.reverse(scanned);
        all = scanned;
    }

    @AfterAll
    static void closeDemo() {
        demo.close();
    }

    /** Reads run at once on the calling thread, so each change of the filter has shown its result on return. */
    static RegisterViewModel model() {
        RegisterViewModel vm = new RegisterViewModel(new LedgerSession(demo, new Labels(Locale.ENGLISH), TestLedger.CLOCK),
                Runnable::run, Runnable::run);
        vm.refresh();
        return vm;
    }

    /** The exchange ids shown after loading every page, in order, each once. */
    static List<UUID> everyPage(RegisterViewModel vm) {
        while (vm.hasMoreProperty().get()) {
            int before = vm.rows().size();
            vm.more();
            assertThat(vm.rows().size()).isGreaterThanOrEqualTo(before);
        }
        return List.copyOf(new LinkedHashSet<>(vm.rows().stream().map(RegisterRow::exchangeId).toList()));
    }

    static List<UUID> expected(Predicate<Exchange> which) {
        return all.stream().filter(which).map(Exchange::id).toList();
    }

    static boolean involves(Exchange x, String code) {
        return x.legs().stream().anyMatch(l -> l.supplier().equals(code) || l.receiver().equals(code));
    }

    @Test
    void unfilteredShowsTheNewestPageFirstAndPagingGivesEveryExchangeExactlyOnce() {
        RegisterViewModel vm = model();
        assertThat(all.size()).isGreaterThan(2 * coop.poruka.app.Register.PAGE);
        assertThat(vm.rows().stream().map(RegisterRow::exchangeId).distinct().count())
                .isEqualTo(coop.poruka.app.Register.PAGE);
        assertThat(vm.rows().get(0).exchangeId()).isEqualTo(all.get(0).id());
        assertThat(vm.hasMoreProperty().get()).isTrue();
        List<UUID> shown = everyPage(vm);
        assertThat(shown).containsExactlyElementsOf(expected(x -> true));
        // One row per leg, so the rows of an exchange are all there.
        assertThat(vm.rows()).hasSize(all.stream().mapToInt(x -> x.legs().size()).sum());
        assertThat(vm.statusProperty().get()).isEqualTo(all.size() + " exchanges shown");
    }

    @Test
    void memberByCodeOrPartOfTheNameShowsExactlyTheirExchanges() {
        RegisterViewModel vm = model();
        Member m = members.get(7);
        vm.memberProperty().set(m.code().toLowerCase(Locale.ROOT));
        List<UUID> byCode = everyPage(vm);
        assertThat(byCode).isNotEmpty().containsExactlyElementsOf(expected(x -> involves(x, m.code())));
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.exchangeId()).isIn(byCode));
        assertThat(vm.memberProblemProperty().get()).isEmpty();

        // The full name, lower case and without accents, finds the one member too.
        vm.memberProperty().set(Names.searchKey(m.name()));
        assertThat(everyPage(vm)).containsExactlyElementsOf(byCode);
    }

    @Test
    void nameMatchingSeveralMembersOrNoneSaysSoAndShowsNothing() {
        RegisterViewModel vm = model();
        vm.memberProperty().set("nobody-like-this");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.memberProblemProperty().get())
                .isEqualTo("No member has the code or a name containing “nobody-like-this”.");
        vm.memberProperty().set("ALM-00");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.memberProblemProperty().get()).startsWith("60 members match “ALM-00” (ALM-0001, ALM-0002, ALM-0003…)");
        vm.memberProperty().set("");
        assertThat(vm.memberProblemProperty().get()).isEmpty();
        assertThat(vm.rows()).isNotEmpty();
    }

    @Test
    void datesAndTextNarrowTheExchangesExactly() {
        RegisterViewModel vm = model();
        LocalDate newest = all.get(0).valueDate();
        LocalDate from = newest.minusDays(40);
        LocalDate to = newest.minusDays(10);
        vm.fromProperty().set(from);
        vm.toProperty().set(to);
        List<UUID> inRange = everyPage(vm);
        assertThat(inRange).isNotEmpty().containsExactlyElementsOf(
                expected(x -> !x.valueDate().isBefore(from) && !x.valueDate().isAfter(to)));

        // A word from an exchange in the range, so the search has something to find.
        String word = all.stream().filter(x -> !x.valueDate().isBefore(from) && !x.valueDate().isAfter(to))
                .flatMap(x -> x.legs().stream()).map(Leg::memo).filter(s -> s.length() > 4)
                .findFirst().orElseThrow().split(" ")[0];
        String folded = Names.searchKey(word);
        vm.textProperty().set(word.toUpperCase(Locale.ROOT));
        assertThat(everyPage(vm)).isNotEmpty().containsExactlyElementsOf(expected(x -> !x.valueDate().isBefore(from)
                && !x.valueDate().isAfter(to)
                && (x.legs().stream().anyMatch(l -> Names.searchKey(l.memo()).contains(folded))
                        || x.reason() != null && Names.searchKey(x.reason()).contains(folded)
                        || x.id().toString().contains(folded))));

        vm.toProperty().set(from.minusDays(1));
        assertThat(vm.dateProblemProperty().get()).isEqualTo("The “from” date is after the “to” date.");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("No exchange matches the filter.");
    }

    @Test
    void reversalAndReversedRowsNameEachOther() {
        RegisterViewModel vm = model();
        everyPage(vm);
        Map<UUID, RegisterRow> byId = vm.rows().stream()
                .collect(Collectors.toMap(RegisterRow::exchangeId, r -> r, (a, b) -> a));
        List<Exchange> reversals = all.stream().filter(Exchange::isReversal).toList();
        assertThat(reversals).isNotEmpty();
        for (Exchange rev : reversals) {
            RegisterRow reversal = byId.get(rev.id());
            RegisterRow reversed = byId.get(rev.reverses());
            assertThat(reversal.kind()).isEqualTo(RegisterRow.Kind.REVERSAL);
            assertThat(reversal.mark()).isEqualTo("Reverses " + Formats.shortId(rev.reverses()));
            assertThat(reversed.kind()).isEqualTo(RegisterRow.Kind.REVERSED);
            assertThat(reversed.mark()).isEqualTo("Reversed by " + Formats.shortId(rev.id()));
        }
        long marked = vm.rows().stream().filter(r -> r.kind() != RegisterRow.Kind.EXCHANGE)
                .map(RegisterRow::exchangeId).distinct().count();
        assertThat(marked).isEqualTo(2L * reversals.size());
    }

    @Test
    void rowsShowDateShortIdAndAmountInThePersonsFormat() {
        RegisterViewModel vm = model();
        Exchange x = all.get(0);
        RegisterRow first = vm.rows().get(0);
        Leg leg = x.legs().get(0);
        assertThat(first.shortId()).isEqualTo(x.id().toString().substring(28));
        assertThat(first.date()).isEqualTo(new Formats(Locale.ENGLISH, 2).date(x.valueDate()));
        assertThat(first.amount()).isEqualTo(new Formats(Locale.ENGLISH, 2).amount(leg.amount()));
        assertThat(first.supplier()).isEqualTo(leg.supplier());
        assertThat(first.receiver()).isEqualTo(leg.receiver());
        assertThat(first.memo()).isEqualTo(leg.memo());
    }

    @Test
    void exportWritesEveryExchangeOfTheFilterNotOnlyTheShownPage() throws Exception {
        RegisterViewModel vm = model();
        Member m = members.get(3);
        vm.memberProperty().set(m.code());
        Path file = dir.resolve("register.csv");
        vm.export(file);
        for (int i = 0; i < 300 && vm.exportingProperty().get(); i++) {
            Thread.sleep(50);
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("id,date,supplier,receiver,amount,memo");
        long legs = all.stream().filter(x -> involves(x, m.code())).mapToLong(x -> x.legs().size()).sum();
        assertThat(lines).hasSize((int) legs + 1);
        assertThat(vm.exportMessageProperty().get()).startsWith(
                all.stream().filter(x -> involves(x, m.code())).count() + " exchanges exported to ");
    }
}
