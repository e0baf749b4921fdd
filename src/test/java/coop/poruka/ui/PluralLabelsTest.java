package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Counts read as people write them: one entry, two entries; in Russian without a declined noun. */
class PluralLabelsTest {
    private final Labels en = new Labels(Locale.ENGLISH);
    private final Labels sv = new Labels(Locale.forLanguageTag("sv"));
    private final Labels ru = new Labels(Locale.forLanguageTag("ru"));

    @Test
    void oneIsSingularAndEveryOtherCountPlural() {
        assertThat(en.get("sync.added", 1, "AST")).isEqualTo("Took in 1 entry from the file of office AST.");
        assertThat(en.get("sync.added", 2, "AST")).isEqualTo("Took in 2 entries from the file of office AST.");
        assertThat(en.get("sync.added", 0, "AST")).isEqualTo("Took in 0 entries from the file of office AST.");
        assertThat(en.get("sync.added", 100_001L, "AST")).isEqualTo("Took in 100,001 entries from the file of office AST.");
        assertThat(en.get("notice.importRejected", 1, "line 2")).isEqualTo("Nothing was imported: 1 row is wrong. First: line 2");
        assertThat(en.get("sync.wouldAdd", "AST", 1, 1))
                .isEqualTo("The file from office AST adds 1 entry; 1 is already in the books. Nothing has changed yet.");
        assertThat(en.get("sync.gap", 61L, SyncViewModel.span(120, 180), "AST", 1))
                .isEqualTo("Entries 120–180 from office AST are missing; 1 later entry waits until a file brings them.");
        assertThat(en.get("sync.gap", 1L, SyncViewModel.span(120, 120), "AST", 3))
                .isEqualTo("Entry 120 from office AST is missing; 3 later entries wait until a file brings it.");
        assertThat(en.get("sync.missing", 1L, SyncViewModel.span(8, 8), "ALM")).isEqualTo("entry 8 (office ALM has it)");
        assertThat(sv.get("sync.missing", 2L, SyncViewModel.span(8, 9), "ALM")).isEqualTo("poster 8–9 (kontor ALM har dem)");
        assertThat(ru.get("sync.gap", 1L, SyncViewModel.span(120, 120), "AST", 3)).isEqualTo(
                "Записи 120 офиса AST не хватает; следующие за ней записи (3) ждут файла, который её принесёт.");
        assertThat(en.get("register.shown", 1)).isEqualTo("1 exchange shown");
        assertThat(en.get("statements.allDone", 1, "November 2026", "/tmp/s"))
                .isEqualTo("Wrote 1 statement for November 2026 into /tmp/s.");
    }

    @Test
    void swedishAndRussianToo() {
        assertThat(sv.get("sync.added", 1, "AST")).isEqualTo("Tog in 1 post från filen från kontor AST.");
        assertThat(sv.get("sync.added", 1234, "AST")).isEqualTo("Tog in 1\u00a0234 poster från filen från kontor AST.");
        assertThat(sv.get("notice.importedExchanges", 1)).isEqualTo("1 byte importerat.");
        assertThat(sv.get("notice.importedExchanges", 5)).isEqualTo("5 byten importerade.");
        // Russian says "записей: N", which reads right for any N (1, 2, 5, 21).
        for (int n : new int[] {1, 2, 5, 21}) {
            assertThat(ru.get("sync.exported", n, "9 МБ", "a.poruka-sync", "AST"))
                    .isEqualTo("Записано записей: " + n + " (9 МБ) в a.poruka-sync: AST.");
        }
    }
}
