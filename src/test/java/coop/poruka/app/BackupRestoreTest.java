package coop.poruka.app;

import static coop.poruka.TestLedger.leg;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.TestLedger.CliRun;
import coop.poruka.store.LedgerProcessTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** poruka backup and poruka restore on real ledger files, with the ledger open here and in another process. */
class BackupRestoreTest {
    @TempDir
    Path dir;

    private static TestLedger books(Path dir) {
        TestLedger ledger = TestLedger.create(dir);
        ledger.member("ALM-0001", "Айгерим Қасымова", 100);
        ledger.member("ALM-0002", "Ivan Petrov", 100);
        ledger.member("ALM-0003", "Olga Öberg", 100);
        ledger.post(leg("ALM-0001", "ALM-0002", 10));
        ledger.post(leg("ALM-0002", "ALM-0003", 4), leg("ALM-0003", "ALM-0001", 4));
        return ledger;
    }

    @Test
    void backupOfAnOpenLedgerIsAVerifiedCopyOfTheSameBooks() throws Exception {
        Path backup = dir.resolve("copies").resolve("ak-bulak.poruka-backup");
        try (TestLedger ledger = books(dir)) {
            CliRun run = ledger.command("backup", "--out", backup.toString());
            assertThat(run.err()).isEmpty();
            assertThat(run.code()).isZero();
            assertThat(run.out()).contains(backup.toString(), "6 entries", ledger.head(), "verified");
            // The window (here: this store) goes on posting after the backup.
            ledger.post(leg("ALM-0001", "ALM-0003", 2));
        }
        Path restored = dir.resolve("restored");
        CliRun run = TestLedger.cli("restore", "--db", restored.toString(), backup.toString());
        assertThat(run.code()).isZero();
        try (TestLedger copy = TestLedger.reopen(restored)) {
            assertThat(copy.balances()).isEqualTo(Map.of("ALM-0001", 600L, "ALM-0002", -600L, "ALM-0003", 0L));
        }
        assertThat(siblings(dir.resolve("copies"))).containsExactly("ak-bulak.poruka-backup");
    }

    @Test
    void backupRefusesToOverwriteAFile() throws Exception {
        try (TestLedger ledger = books(dir)) {
            Path taken = ledger.file("taken.bin", "keep me");
            CliRun run = ledger.command("backup", "--out", taken.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).hasLineCount(1).contains("already a file");
            assertThat(Files.readString(taken)).isEqualTo("keep me\n");
        }
    }

    @Test
    void backupWhileAnotherProgramPostsIsConsistentAndRestoreWaitsForThatProgramToClose() throws Exception {
        Path file;
        try (TestLedger ledger = books(dir)) {
            file = ledger.path;
        }
        Process child = LedgerProcessTest.java(LedgerProcessTest.PostUntilKilled.class.getName(), file.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            for (int i = 0; i < 20; i++) {
                assertThat(out.readLine()).as("the other program is posting").isNotNull();
            }
            Path backup = dir.resolve("busy.backup");
            CliRun run = TestLedger.cli("backup", "--db", file.toString(), "--out", backup.toString());
            assertThat(run.err()).isEmpty();
            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("verified");

            CliRun refused = TestLedger.cli("restore", "--db", file.toString(), backup.toString());
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err()).hasLineCount(1).contains("is open in another Poruka window or command");
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(siblings(dir)).noneMatch(n -> n.contains("before-restore") || n.startsWith("."));
    }

    @Test
    void restorePutsTheBackupInPlaceAndKeepsTheLedgerAsItWasBesideIt() throws Exception {
        Path backup = dir.resolve("monday.backup");
        String headAtBackup;
        try (TestLedger ledger = books(dir)) {
            ledger.command("backup", "--out", backup.toString());
            headAtBackup = ledger.head();
            ledger.post(leg("ALM-0003", "ALM-0002", 7)); // the mistake the office wants to undo
        }
        CliRun run = TestLedger.cli("restore", "--db", dir.resolve("ledger").toString(), backup.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(headAtBackup, "ledger.before-restore.mv.db");
        try (TestLedger ledger = TestLedger.reopen(dir.resolve("ledger.mv.db"))) {
            assertThat(ledger.head()).isEqualTo(headAtBackup);
            assertThat(ledger.balances()).containsEntry("ALM-0003", 0L);
        }
        try (TestLedger before = TestLedger.reopen(dir.resolve("ledger.before-restore.mv.db"))) {
            assertThat(before.balances()).containsEntry("ALM-0003", 700L);
        }
    }

    @Test
    void corruptBackupIsRefusedInOneSentenceAndTheLedgerIsUntouched() throws Exception {
        Path backup = dir.resolve("damaged.backup");
        try (TestLedger ledger = books(dir)) {
            ledger.command("backup", "--out", backup.toString());
        }
        // Scribble over the middle of the file, where the ledger's pages are.
        try (RandomAccessFile f = new RandomAccessFile(backup.toFile(), "rw")) {
            byte[] junk = new byte[(int) f.length() - 8192];
            java.util.Arrays.fill(junk, (byte) 0x5a);
            f.seek(8192);
            f.write(junk);
        }
        CliRun run = assertRefusedAndUntouched(backup);
        assertThat(run.err()).containsAnyOf("holds no Poruka books", "is not a sound Poruka backup");
    }

    @Test
    void backupThatDoesNotVerifyIsRefusedAndTheLedgerIsUntouched() throws Exception {
        Path backup;
        try (TestLedger ledger = books(dir.resolve("other"))) {
            backup = ledger.path;
        }
        // A ledger file whose balance was changed behind the program's back opens, but fails verify.
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + backup.toString().replace(".mv.db", ""),
                "poruka", ""); var s = c.createStatement()) {
            s.execute("UPDATE member SET balance = balance + 100 WHERE code = 'ALM-0003'");
        }
        try (TestLedger ledger = books(dir)) {
            ledger.post(leg("ALM-0001", "ALM-0003", 1));
        }
        CliRun run = assertRefusedAndUntouched(backup);
        assertThat(run.err()).contains("is not a sound Poruka backup", "ALM-0003");
    }

    private CliRun assertRefusedAndUntouched(Path backup) throws Exception {
        if (!Files.exists(dir.resolve("ledger.mv.db"))) {
            books(dir).close();
        }
        Path ledger = dir.resolve("ledger.mv.db");
        String before = sha256(ledger);
        List<String> files = siblings(dir);
        CliRun run = TestLedger.cli("restore", "--db", ledger.toString(), backup.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).hasLineCount(1).contains(backup.toString(), "nothing was replaced");
        assertThat(sha256(ledger)).isEqualTo(before);
        assertThat(siblings(dir)).as("no working copy left behind").isEqualTo(files);
        try (TestLedger still = TestLedger.reopen(ledger)) {
            assertThat(new VerifyLedger(still.store).run(Progress.NONE).ok()).isTrue();
        }
        return run;
    }

    private static List<String> siblings(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".trace.db")).sorted().toList();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
