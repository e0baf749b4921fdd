package coop.poruka.ui;

import static coop.poruka.TestLedger.leg;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.app.Queries;
import coop.poruka.app.ReverseExchange;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's model, without a screen. */
class MainViewModelTest {
    static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");
    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    @TempDir
    static Path demoDir;
    static LedgerStore demo;
    static List<Member> members;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeDemo() {
        demo = DemoLedger.open(demoDir);
        members = new Queries(demo).members();
    }

    @AfterAll
    static void closeDemo() {
        demo.close();
    }

    static MainViewModel model(LedgerStore store, Locale locale) {
        MainViewModel vm = new MainViewModel(store, new Labels(locale));
        vm.refresh();
        return vm;
    }

    @Test
    void titleAndHeaderNameTheCoopItsOfficeAndUnit() {
        MainViewModel vm = model(demo, Locale.ENGLISH);
        assertThat(vm.titleProperty().get()).isEqualTo("Poruka — Ынтымақ");
        assertThat(vm.coopNameProperty().get()).isEqualTo("Ынтымақ");
        assertThat(vm.officeProperty().get()).isEqualTo("Office ALM · Almaty");
        assertThat(vm.unitProperty().get()).isEqualTo("Unit of account: Kömek (Kö)");
        assertThat(model(demo, RUSSIAN).officeProperty().get()).isEqualTo("Отделение ALM · Almaty");
    }

    @Test
    void membersAreListedByCodeWithTheirStanding() {
        MainViewModel vm = model(demo, Locale.ENGLISH);
        assertThat(vm.members()).hasSize(60);
        assertThat(vm.members()).extracting(MemberRow::code).isSorted().startsWith("ALM-0001");
        assertThat(vm.memberCountProperty().get()).isEqualTo("60");
        MemberRow first = vm.members().get(0);
        Member m = members.get(0);
        assertThat(first.name()).isEqualTo(m.name());
        assertThat(first.status()).isEqualTo("active");
        assertThat(first.balance()).isEqualTo(m.balance());
        assertThat(first.creditLimit()).isEqualTo(m.creditLimit());
        assertThat(first.available()).isEqualTo(m.balance() + m.creditLimit());
    }

    @Test
    void amountsHaveTheUnitsDecimalsInThePersonsLocale() {
        MainViewModel en = model(demo, Locale.ENGLISH);
        assertThat(en.amount(-12450)).isEqualTo("-124.50");
        assertThat(en.amount(105000)).isEqualTo("1,050.00");
        assertThat(en.amount(0)).isEqualTo("0.00");
        MainViewModel ru = model(demo, RUSSIAN);
        assertThat(ru.amount(-12450)).isEqualTo("-124,50");
        assertThat(ru.amount(105000)).isEqualTo("1\u00a0050,00");
        MainViewModel sv = model(demo, SWEDISH);
        assertThat(sv.amount(-12450)).isEqualTo("\u2212124,50");
        assertThat(sv.amount(123456789)).isEqualTo("1\u00a0234\u00a0567,89");
    }

    @Test
    void searchMatchesCodeOrAnyPartOfTheNameIgnoringCaseAndAccents() {
        MainViewModel vm = model(demo, Locale.ENGLISH);
        vm.searchProperty().set("alm-0003");
        assertThat(vm.members()).extracting(MemberRow::code).containsExactly("ALM-0003");
        assertThat(vm.memberCountProperty().get()).isEqualTo("1 of 60");

        // A Russian surname with ё, typed in lower case with е as most people type it.
        Member withYo = members.stream().filter(m -> m.name().contains("ё")).findFirst().orElseThrow();
        String surname = withYo.name().substring(withYo.name().indexOf(' ') + 1);
        vm.searchProperty().set(" " + surname.toLowerCase(Locale.ROOT).replace('ё', 'е').substring(0, 5) + " ");
        assertThat(vm.members()).extracting(MemberRow::code).contains(withYo.code());
        assertThat(vm.members()).hasSizeLessThan(60);

        Member swede = members.stream().filter(m -> m.name().matches(".*[ÅÄÖåäöé].*")).findFirst().orElseThrow();
        String plain = swede.name().toUpperCase(Locale.ROOT).replaceAll("[ÅÄ]", "A").replace('Ö', 'O').replace('É', 'E');
        vm.searchProperty().set(plain);
        assertThat(vm.members()).extracting(MemberRow::code).containsExactly(swede.code());

        vm.searchProperty().set("nobody like this");
        assertThat(vm.members()).isEmpty();
        assertThat(vm.memberCountProperty().get()).isEqualTo("0 of 60");
        vm.searchProperty().set("");
        assertThat(vm.members()).hasSize(60);
    }

    @Test
    void latestExchangesShowLegsNewestFirstAndMarkReversals() {
        try (TestLedger ledger = TestLedger.create(dir)) {
            ledger.member("ALM-0001", "Айгерим Қасымова", 2000);
            ledger.member("ALM-0002", "Ivan Petrov", 2000);
            ledger.member("ALM-0003", "Olga Öberg", 2000);
            PostedExchange flour = ledger.post(new Leg("ALM-0001", "ALM-0002", 4000, "flour"));
            PostedExchange chain = ledger.post(leg("ALM-0001", "ALM-0002", 10), leg("ALM-0002", "ALM-0003", 12),
                    leg("ALM-0003", "ALM-0001", 1234));
            PostedExchange reversal = new ReverseExchange(ledger.store, TestLedger.CLOCK).run(flour.exchange().id(),
                    "wrong member");
            PostedExchange advance = ledger.post(null, "harvest advance", leg("ALM-0003", "ALM-0002", 150));

            List<ExchangeRow> rows = model(ledger.store, Locale.ENGLISH).exchanges();
            assertThat(rows).extracting(ExchangeRow::shortId).containsExactly(
                    shortId(advance), shortId(reversal), shortId(chain), shortId(flour));
            // All four were posted in the same millisecond; their short ids still differ.
            assertThat(rows).extracting(ExchangeRow::shortId).doesNotHaveDuplicates();
            assertThat(rows.get(0).date()).isEqualTo("Nov 23, 2026");

            ExchangeRow original = rows.get(3);
            assertThat(original.kind()).isEqualTo(ExchangeRow.Kind.REVERSED);
            assertThat(original.badge()).isEqualTo("Reversed");
            assertThat(original.note()).isEqualTo("Reversed by " + shortId(reversal));
            assertThat(original.legs()).containsExactly(new ExchangeRow.LegRow("ALM-0001 → ALM-0002", "40.00", "flour"));

            ExchangeRow back = rows.get(1);
            assertThat(back.kind()).isEqualTo(ExchangeRow.Kind.REVERSAL);
            assertThat(back.badge()).isEqualTo("Reversal");
            assertThat(back.note()).isEqualTo("Reverses " + shortId(flour) + ": wrong member");
            assertThat(back.legs()).containsExactly(new ExchangeRow.LegRow("ALM-0002 → ALM-0001", "40.00", "flour"));

            assertThat(rows.get(2).kind()).isEqualTo(ExchangeRow.Kind.EXCHANGE);
            assertThat(rows.get(2).legs()).extracting(ExchangeRow.LegRow::amount)
                    .containsExactly("10.00", "12.00", "1,234.00");
            assertThat(rows.get(0).note()).isEqualTo("Over the credit limit: harvest advance");
        }
    }

    private static String shortId(PostedExchange p) {
        String id = p.exchange().id().toString();
        return id.substring(id.length() - 8);
    }

    @Test
    void statusBarShowsTheLedgerFileEntryCountAndChainHead() {
        MainViewModel vm = model(demo, Locale.ENGLISH);
        String head = new Queries(demo).head().orElseThrow().hash().hex();
        assertThat(vm.ledgerPathProperty().get()).isEqualTo("Ledger: " + demoDir.resolve("demo.mv.db"));
        assertThat(vm.entriesProperty().get()).isEqualTo("Journal entries: 743");
        assertThat(vm.headProperty().get()).isEqualTo("Chain head " + head.substring(0, 12));
        assertThat(vm.headFullProperty().get()).isEqualTo(head);
        assertThat(model(demo, RUSSIAN).entriesProperty().get()).isEqualTo("Записей в журнале: 743");
    }
}
