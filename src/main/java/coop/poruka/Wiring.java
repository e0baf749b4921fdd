package coop.poruka;

import coop.poruka.domain.port.Documents;
import coop.poruka.domain.port.LedgerOpener;
import coop.poruka.domain.port.LedgerStore;
import coop.poruka.domain.port.OfficeIdentity;
import coop.poruka.identity.KeystoreIdentity;
import coop.poruka.sync.SyncFileCodec;
import coop.poruka.domain.port.SyncFiles;
import coop.poruka.report.PdfDocuments;
import coop.poruka.store.H2LedgerStore;
import coop.poruka.store.LedgerFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.time.Clock;

/** The composition root: the only place that knows which adapters implement the ports. */
public final class Wiring {
    private Wiring() {}

    public static Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** Receipts and statements as PDF files. */
    public static Documents documents() {
        return new PdfDocuments();
    }

    /** Office keys and certificates in PKCS#12 keystores. */
    public static OfficeIdentity identity() {
        return new KeystoreIdentity();
    }

    /** Sync files between offices, signed with the office key. */
    public static SyncFiles syncFiles() {
        return new SyncFileCodec();
    }

    public static LedgerOpener ledgers() {
        return new LedgerOpener() {
            @Override
            public LedgerStore open(Path path, boolean create) {
                LedgerFile file = file(path);
                return H2LedgerStore.open(create ? withFolder(file) : file, create);
            }

            @Override
            public <T> T createWhole(Path path, Function<LedgerStore, T> fill) {
                return H2LedgerStore.createWhole(withFolder(file(path)), fill);
            }

            @Override
            public Path resolve(Path path) {
                return file(path).path();
            }

            @Override
            public boolean exists(Path path) {
                return file(path).exists();
            }
        };
    }

    /** A new ledger's folder is made if it is not there yet. */
    private static LedgerFile withFolder(LedgerFile file) {
        try {
            Files.createDirectories(file.path().getParent());
            return file;
        } catch (java.io.IOException e) {
            throw new coop.poruka.domain.LedgerException(e, "ledger.storageError", file.path(), e.getMessage());
        }
    }

    private static LedgerFile file(Path path) {
        return path == null ? LedgerFile.defaultLedger() : new LedgerFile(path);
    }
}
