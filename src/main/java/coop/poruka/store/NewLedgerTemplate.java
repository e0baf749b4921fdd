package coop.poruka.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by the build (pom.xml, process-classes): makes the empty ledger that new ledgers start from
 * ({@link Migrations#seed}), with Flyway and the migrations of this same build.
 */
final class NewLedgerTemplate {
    private NewLedgerTemplate() {}

    /** @param args the file to write, {@code .../coop/poruka/store/new-ledger.mv.db} */
    public static void main(String[] args) throws IOException {
        LedgerFile file = new LedgerFile(Path.of(args[0]));
        Files.deleteIfExists(file.path());
        H2LedgerStore.open(file, true, Migrations.BY_FLYWAY).close();
        Files.deleteIfExists(file.traceFile());
    }
}
