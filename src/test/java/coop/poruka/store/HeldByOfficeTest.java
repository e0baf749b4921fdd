package coop.poruka.store;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.app.ChangeCoop;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.office.CoopSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a ledger that never received anything holds of each office is found from the end of its
 * journal: it must be what reading every entry says, under every office code the ledger has had.
 */
class HeldByOfficeTest {
    @TempDir
    Path dir;

    @Test
    void aLedgerThatRenamedItsOfficeHoldsTheLastEntryUnderEachCode() {
        try (TestLedger ledger = TestLedger.create(dir)) {
            ledger.member("ALM-0001", "Нұрлан Әбенов", 100);
            ledger.member("ALM-0002", "Ivan Petrov", 100);
            ledger.post(new Leg("ALM-0001", "ALM-0002", 100, "bread"));
            CoopSettings old = ledger.store.read(r -> r.settings().orElseThrow());
            new ChangeCoop(ledger.store, TestLedger.CLOCK)
                    .run(new ChangeCoop.Change(old.name(), old.unit(), "AST", "Astana"));
            ledger.post(new Leg("ALM-0002", "ALM-0001", 30, "milk"));

            Map<String, Long> read = new TreeMap<>();
            ledger.store.read(r -> {
                r.scanJournal(e -> read.merge(e.entry().office(), e.entry().seq(), Math::max));
                return null;
            });

            assertThat(read).containsOnlyKeys("ALM", "AST");
            Map<String, Long> held = ledger.store.read(r -> r.heldByOffice());
            assertThat(held).isEqualTo(read);
        }
    }
}
