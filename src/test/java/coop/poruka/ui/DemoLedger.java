package coop.poruka.ui;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.app.MakeDemo;
import coop.poruka.app.Progress;
import coop.poruka.app.demo.DemoPlan;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;

/** The standard demo co-op in a ledger file, made on the test clock's day. */
final class DemoLedger {
    private DemoLedger() {}

    /** Makes the demo at dir/demo.mv.db and leaves it open. */
    static LedgerStore open(Path dir) {
        LedgerStore store = Wiring.ledgers().open(dir.resolve("demo"), true);
        new MakeDemo(store, TestLedger.CLOCK).run(DemoPlan.standard(), Progress.NONE);
        return store;
    }

    /** Makes the demo at dir/demo.mv.db, closes it and returns its path. */
    static Path make(Path dir) {
        try (LedgerStore store = open(dir)) {
            return Path.of(store.location());
        }
    }
}
