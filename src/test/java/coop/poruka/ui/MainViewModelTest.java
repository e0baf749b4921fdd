package coop.poruka.ui;

import static coop.poruka.TestLedger.leg;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.app.Queries;
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

    /** The members' standing lives on the Members screen; its model on the same demo ledger. */
    static MembersViewModel standing(LedgerStore store, Locale locale) {
        MembersViewModel vm = new MembersViewModel(new LedgerSession(store, new Labels(locale), TestLedger.CLOCK));
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
        MembersViewModel vm = standing(demo, Locale.ENGLISH);
        assertThat(vm.members()).hasSize(60);
        assertThat(vm.members()).extracting(MemberRow::code).isSorted().startsWith("ALM-0001");
        assertThat(vm.countProperty().get()).isEqualTo("60");
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
        MembersViewModel en = standing(demo, Locale.ENGLISH);
        assertThat(en.amount(-12450)).isEqualTo("-124.50");
        assertThat(en.amount(105000)).isEqualTo("1,050.00");
        assertThat(en.amount(0)).isEqualTo("0.00");
        MembersViewModel ru = standing(demo, RUSSIAN);
        assertThat(ru.amount(-12450)).isEqualTo("-124,50");
        assertThat(ru.amount(105000)).isEqualTo("1\u00a0050,00");
        MembersViewModel sv = standing(demo, SWEDISH);
        assertThat(sv.amount(-12450)).isEqualTo("\u2212124,50");
        assertThat(sv.amount(123456789)).isEqualTo("1\u00a0234\u00a0567,89");
    }

    @Test
    void searchMatchesCodeOrAnyPartOfTheNameIgnoringCaseAndAccents() {
        MembersViewModel vm = standing(demo, Locale.ENGLISH);
        vm.searchProperty().set("alm-0003");
        assertThat(vm.members()).extracting(MemberRow::code).containsExactly("ALM-0003");
        assertThat(vm.countProperty().get()).isEqualTo("1 of 60");

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
        assertThat(vm.countProperty().get()).isEqualTo("0 of 60");
        vm.searchProperty().set("");
        assertThat(vm.members()).hasSize(60);
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
