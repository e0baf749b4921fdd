package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.domain.office.OfficeKey;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The office keystore password is typed once per window: whichever of the Statements screen (and
 * the counter's receipts) or the Sync screen opens the key first, the other uses it.
 */
@ExtendWith(ApplicationExtension.class)
class OneKeystorePasswordTest {
    @TempDir
    Path dir;
    TwoOffices offices;
    KeystoreUnlock window;

    @Start
    void start(Stage stage) {
        // the FX toolkit is all this test needs: the key's state is shown on its thread
    }

    @BeforeEach
    void keystore() {
        offices = TwoOffices.make(dir);
        window = new KeystoreUnlock(offices.keystore, Wiring.identity(), Wiring.documents(), TestLedger.CLOCK,
                new Labels(Locale.ENGLISH));
    }

    @Test
    void aKeyOpenedForStatementsServesTheSyncScreenWithoutAPassword() {
        SyncKeystore sync = new SyncKeystore(Wiring.identity(), offices.keystore, window);
        assertThat(sync.unlocked()).isFalse();

        assertThat(window.unlock(TestLedger.PASSWORD.toCharArray())).isTrue();

        assertThat(sync.unlocked()).isTrue();
        OfficeKey key = sync.key(new char[0]);
        assertThat(key).isSameAs(window.key().orElseThrow());
    }

    @Test
    void aKeyOpenedOnTheSyncScreenSignsTheWindowsDocuments() throws Exception {
        SyncKeystore sync = new SyncKeystore(Wiring.identity(), offices.keystore, window);

        OfficeKey key = sync.key(TestLedger.PASSWORD.toCharArray());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, window::isUnlocked);
        assertThat(window.key()).containsSame(key);
        assertThat(window.signed()).isPresent();
    }

    @Test
    void anotherKeystoreChosenOnTheSyncScreenIsNotTheWindows() {
        assertThat(window.unlock(TestLedger.PASSWORD.toCharArray())).isTrue();
        SyncKeystore sync = new SyncKeystore(Wiring.identity(), dir.resolve("other.p12"), window);

        assertThat(sync.unlocked()).isFalse();
    }
}
