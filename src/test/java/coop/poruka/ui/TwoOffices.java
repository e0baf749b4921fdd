package coop.poruka.ui;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.app.DemoSecondOffice;
import coop.poruka.app.OfficeCertificates;
import coop.poruka.app.SetRules;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two real offices of one co-op for the sync screen: the founding office ALM (a small ledger,
 * whose keystore holds the co-op CA) and office AST, which joined from ALM's full file, recorded
 * work of its own and wrote a sync file of it for ALM.
 */
final class TwoOffices {
    final Path almLedger;
    final Path keystore;
    final Path file;
    final Map<String, Long> astBalances;
    final int astEntries;

    private TwoOffices(Path almLedger, Path keystore, Path file, Map<String, Long> astBalances, int astEntries) {
        this.almLedger = almLedger;
        this.keystore = keystore;
        this.file = file;
        this.astBalances = astBalances;
        this.astEntries = astEntries;
    }

    /** Makes both offices under {@code dir}; ALM's ledger is closed again, ready for a window. */
    static TwoOffices make(Path dir) {
        try (TestLedger alm = TestLedger.create(dir.resolve("alm"))) {
            alm.member("ALM-0001", "Айгерим Қасымова", 100);
            alm.member("ALM-0002", "Ivan Petrov", 50);
            alm.member("ALM-0003", "Olga Öberg", 50);
            alm.post(TestLedger.leg("ALM-0001", "ALM-0002", 40));
            alm.post(TestLedger.leg("ALM-0003", "ALM-0002", 5));
            new SetRules(alm.store, TestLedger.CLOCK).run(new SetRules.Change(null, 14, null, null, "KZT", 100_00L),
                    "general meeting", "founding", null);
            Path keystore = OfficeCertificates.besideLedger(alm.path);
            Path file = dir.resolve("ast-for-alm.poruka-sync");
            try (LedgerStore ast = Wiring.ledgers().open(dir.resolve("ast/ledger"), true)) {
                DemoSecondOffice.Result r = new DemoSecondOffice(Wiring.identity(), Wiring.syncFiles(), TestLedger.CLOCK)
                        .run(alm.store, ast, new DemoSecondOffice.Request("AST", "Astana", keystore,
                                OfficeCertificates.besideLedger(Path.of(ast.location())),
                                TestLedger.PASSWORD.toCharArray(), file, 4, 7));
                Map<String, Long> held = ast.read(x -> x.balancesFromPostings());
                Map<String, Long> balances = new TreeMap<>(held);
                return new TwoOffices(alm.path, keystore, file, balances, r.written().entries());
            }
        }
    }
}
