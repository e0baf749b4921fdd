package coop.poruka.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.poruka.domain.LedgerException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the keystore password comes from when no one is at a console (tests, scripts). */
class KeystorePasswordTest {
    @Test
    void environmentVariableGivesThePasswordWithoutAsking() {
        KeystorePassword p = KeystorePassword.system(Map.of("PORUKA_KEYSTORE_PASSWORD", "from the script"));
        assertThat(p.get("Password", true)).containsExactly("from the script".toCharArray());
    }

    @Test
    void withoutTheVariableAndWithoutAConsoleTheRefusalSaysWhatToDo() {
        // Test runs have no console, as a script run by cron has none.
        KeystorePassword p = KeystorePassword.system(Map.of());
        assertThatThrownBy(() -> p.get("Password", false)).isInstanceOf(LedgerException.class)
                .hasMessage("No keystore password was given; type it when asked, or set PORUKA_KEYSTORE_PASSWORD for scripts.");
    }
}
