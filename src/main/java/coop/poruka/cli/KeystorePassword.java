package coop.poruka.cli;

import coop.poruka.domain.LedgerException;
import java.io.Console;
import java.util.Arrays;
import java.util.Map;

/**
 * Where the keystore password comes from: the environment variable PORUKA_KEYSTORE_PASSWORD (for
 * scripts), otherwise typed at the console without echo. It is never written anywhere.
 */
@FunctionalInterface
public interface KeystorePassword {
    String VARIABLE = "PORUKA_KEYSTORE_PASSWORD";

    /** The password; {@code confirm} asks twice (for a new keystore) when typed at the console. */
    char[] get(String prompt, boolean confirm);

    /** The environment first, then the console. */
    static KeystorePassword system(Map<String, String> env) {
        return (prompt, confirm) -> {
            String given = env.get(VARIABLE);
            if (given != null && !given.isEmpty()) {
                return given.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new LedgerException("identity.noPassword");
            }
            char[] first = console.readPassword("%s: ", prompt);
            if (first == null || first.length == 0) {
                throw new LedgerException("identity.noPassword");
            }
            if (confirm) {
                char[] again = console.readPassword("Type it again: ");
                if (!Arrays.equals(first, again)) {
                    throw new LedgerException("identity.passwordsDiffer");
                }
            }
            return first;
        };
    }
}
