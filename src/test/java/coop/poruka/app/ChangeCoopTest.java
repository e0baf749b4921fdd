package coop.poruka.app;

import static coop.poruka.TestLedger.leg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.poruka.TestLedger;
import coop.poruka.app.ChangeCoop.Change;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.EntryContent.SettingsChange;
import coop.poruka.domain.ledger.EntryKind;
import coop.poruka.domain.ledger.RecordedEntry;
import coop.poruka.domain.money.Unit;
import coop.poruka.domain.office.CoopSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renaming the co-op appends a settings entry and keeps the books verifiable. */
class ChangeCoopTest {
    @TempDir
    Path dir;

    private static List<RecordedEntry> journal(TestLedger ledger) {
        List<RecordedEntry> all = new ArrayList<>();
        ledger.store.read(r -> {
            r.scanJournal(all::add);
            return null;
        });
        return all;
    }

    @Test
    void changeAppendsANewSettingsEntryKeepsTheOldOneAndVerifyPasses() {
        try (TestLedger ledger = TestLedger.create(dir)) {
            ledger.member("ALM-0001", "Айгерим Қасымова", 100);
            ledger.member("ALM-0002", "Ivan Petrov", 100);
            ledger.post(leg("ALM-0001", "ALM-0002", 10));
            CoopSettings before = new Queries(ledger.store).settings();

            CoopSettings after = new ChangeCoop(ledger.store, TestLedger.CLOCK).run(new Change("Ak Bulak Barter",
                    new Unit("hour", "h", 2), "alm2", "Almaty, Bazaar"));

            assertThat(after.coopId()).isEqualTo(before.coopId());
            assertThat(after.officeCode()).isEqualTo("ALM2");
            assertThat(new Queries(ledger.store).settings()).isEqualTo(after);
            List<RecordedEntry> entries = journal(ledger);
            assertThat(entries).hasSize(5);
            assertThat(entries.get(0).content()).isEqualTo(new SettingsChange(before));
            assertThat(entries.get(4).entry().kind()).isEqualTo(EntryKind.SETTINGS);
            assertThat(entries.get(4).content()).isEqualTo(new SettingsChange(after));
            VerifyLedger.Report report = new VerifyLedger(ledger.store).run(Progress.NONE);
            assertThat(report.problems()).isEmpty();
            assertThat(report.entries()).isEqualTo(5);
        }
    }

    @Test
    void unchangedSettingsAppendNothing() {
        try (TestLedger ledger = TestLedger.create(dir)) {
            CoopSettings now = new Queries(ledger.store).settings();
            new ChangeCoop(ledger.store, TestLedger.CLOCK).run(new Change(now.name(), now.unit(), now.officeCode(),
                    now.officeName()));
            assertThat(journal(ledger)).hasSize(1);
        }
    }

    @Test
    void decimalsChangeOnlyWhileNoExchangeIsRecorded() {
        try (TestLedger ledger = TestLedger.create(dir)) {
            ChangeCoop change = new ChangeCoop(ledger.store, TestLedger.CLOCK);
            ledger.member("ALM-0001", "Айгерим Қасымова", 100);
            ledger.member("ALM-0002", "Ivan Petrov", 100);
            assertThat(change.decimalsMayChange()).isTrue();
            change.run(new Change("Ak Bulak Co-op", new Unit("som-hour", "ꝏ", 3), "ALM", "Almaty"));
            assertThat(new Queries(ledger.store).settings().unit().decimals()).isEqualTo(3);

            ledger.post(new coop.poruka.domain.ledger.Leg("ALM-0001", "ALM-0002", 1000, ""));
            assertThat(change.decimalsMayChange()).isFalse();
            String head = ledger.head();
            assertThatThrownBy(() -> change.run(new Change("Ak Bulak Co-op", new Unit("som-hour", "ꝏ", 0), "ALM",
                    "Almaty")))
                    .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.message(Locale.ENGLISH))
                            .isEqualTo("The unit's decimals cannot change from 3 to 0 once exchanges are recorded"
                                    + " in them; keep 3."));
            assertThat(ledger.head()).isEqualTo(head);
            assertThat(new VerifyLedger(ledger.store).run(Progress.NONE).ok()).isTrue();
        }
    }
}
