package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.app.Progress;
import coop.poruka.app.Queries;
import coop.poruka.app.VerifyLedger;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerOpener;
import coop.poruka.domain.port.LedgerStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The new-co-op wizard's checks, and the ledger it makes. */
class NewCoopViewModelTest {
    @TempDir
    Path dir;

    /** The real ledgers, with the default one (and so the data directory) in the test's folder. */
    static LedgerOpener ledgers(Path dataDir) {
        LedgerOpener real = Wiring.ledgers();
        Path fallback = dataDir.resolve("ledger");
        return new LedgerOpener() {
            @Override
            public LedgerStore open(Path path, boolean create) {
                return real.open(path == null ? fallback : path, create);
            }

            @Override
            public <T> T createWhole(Path path, java.util.function.Function<LedgerStore, T> fill) {
                return real.createWhole(path == null ? fallback : path, fill);
            }

            @Override
            public Path resolve(Path path) {
                return real.resolve(path == null ? fallback : path);
            }

            @Override
            public boolean exists(Path path) {
                return real.exists(path == null ? fallback : path);
            }
        };
    }

    private NewCoopViewModel model(Locale locale) {
        return new NewCoopViewModel(ledgers(dir), TestLedger.CLOCK, new Labels(locale));
    }

    private static void fill(NewCoopViewModel vm) {
        vm.coop().name().set("Ak Bulak Barter");
        vm.coop().unitName().set("hour");
        vm.coop().unitSymbol().set("h");
        vm.coop().decimals().set("2");
        vm.coop().officeCode().set("alm");
        vm.coop().officeName().set("Almaty");
    }

    @Test
    void emptyFormMarksEachRequiredFieldAndWritesNothing() {
        NewCoopViewModel vm = model(Locale.ENGLISH);
        vm.coop().decimals().set("7");
        assertThat(vm.check()).isFalse();
        assertThat(vm.coop().name().errorProperty().get()).isEqualTo("Fill this in.");
        assertThat(vm.coop().unitSymbol().errorProperty().get()).isEqualTo("Fill this in.");
        assertThat(vm.coop().decimals().errorProperty().get()).isEqualTo("Choose a whole number from 0 to 4.");
        assertThat(vm.coop().officeCode().errorProperty().get()).isEqualTo("Fill this in.");
        assertThat(vm.messageProperty().get()).isEqualTo("Correct the fields marked in red, then try again.");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void badOfficeCodeMemberRowsAndTooLongSymbolAreShownBesideTheirFieldsInThePersonsLanguage() {
        NewCoopViewModel vm = model(Locale.forLanguageTag("ru"));
        fill(vm);
        vm.coop().officeCode().set("1A");
        vm.coop().unitSymbol().set("ABCDEFGHIJ");
        vm.members().get(0).code().set("ALM-0001");
        vm.members().get(0).name().set("Айгерим");
        vm.members().get(0).limit().set("12,505");
        vm.members().get(1).code().set("alm-0001");
        vm.members().get(1).name().set("Ivan");
        vm.members().get(2).name().set("Olga");
        assertThat(vm.check()).isFalse();
        assertThat(vm.coop().officeCode().errorProperty().get()).startsWith("Код отделения «1A» недопустим");
        assertThat(vm.coop().unitSymbol().errorProperty().get()).isEqualTo("Сократите до 8 символов.");
        assertThat(vm.members().get(0).limit().errorProperty().get()).contains("12.505");
        assertThat(vm.members().get(1).code().errorProperty().get()).isEqualTo(
                "Участник с кодом ALM-0001 уже есть; выберите другой код.");
        assertThat(vm.members().get(2).code().errorProperty().get()).isEqualTo("Заполните это поле.");
        assertThat(vm.coop().name().errorProperty().get()).isEmpty();
    }

    @Test
    void ledgerFileFollowsTheCoopNameInTheDataDirectoryUntilChosen() throws IOException {
        NewCoopViewModel vm = model(Locale.ENGLISH);
        vm.coop().name().set("Ынтымақ Co-op!");
        assertThat(vm.location().value()).isEqualTo(dir.resolve("ынтымақ-co-op.mv.db").toString());
        Files.writeString(dir.resolve("ak-bulak.mv.db"), "taken");
        vm.coop().name().set("Ak Bulak");
        assertThat(vm.location().value()).isEqualTo(dir.resolve("ak-bulak-2.mv.db").toString());
        vm.chooseLocation(dir.resolve("elsewhere"));
        vm.coop().name().set("Something else");
        assertThat(vm.location().value()).isEqualTo(dir.resolve("elsewhere.mv.db").toString());
    }

    @Test
    void existingFileIsRefusedSoNoLedgerIsOverwritten() throws IOException {
        NewCoopViewModel vm = model(Locale.ENGLISH);
        fill(vm);
        Path taken = Files.writeString(dir.resolve("taken.mv.db"), "x");
        vm.chooseLocation(taken);
        assertThat(vm.check()).isFalse();
        assertThat(vm.location().errorProperty().get()).isEqualTo("A file is there already; choose another name.");
    }

    @Test
    void createdLedgerHasTheCoopItsOfficeAndTheFirstMembersAndVerifies() {
        NewCoopViewModel vm = model(Locale.ENGLISH);
        fill(vm);
        vm.members().get(0).code().set("alm-0001");
        vm.members().get(0).name().set("Айгерим Қасымова");
        vm.members().get(0).limit().set("1 500,5");
        vm.members().get(2).code().set("ALM-0002");
        vm.members().get(2).name().set("Ivan Petrov");
        assertThat(vm.check()).isTrue();

        Path file = vm.create();
        assertThat(file).isEqualTo(dir.resolve("ak-bulak-barter.mv.db"));
        try (LedgerStore store = Wiring.ledgers().open(file, false)) {
            CoopSettings s = new Queries(store).settings();
            assertThat(s.name()).isEqualTo("Ak Bulak Barter");
            assertThat(s.unit().symbol()).isEqualTo("h");
            assertThat(s.unit().decimals()).isEqualTo(2);
            assertThat(s.officeCode()).isEqualTo("ALM");
            assertThat(new Queries(store).members()).extracting(Member::code, Member::name, Member::creditLimit)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ALM-0001", "Айгерим Қасымова", 150050L),
                            org.assertj.core.groups.Tuple.tuple("ALM-0002", "Ivan Petrov", 0L));
            assertThat(new VerifyLedger(store).run(Progress.NONE).ok()).isTrue();
        }
    }
}
