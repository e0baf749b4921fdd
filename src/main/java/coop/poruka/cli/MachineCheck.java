package coop.poruka.cli;

import java.io.PrintWriter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * A fixed piece of CPU work (SHA-256 over 64 MB, on one thread) timed before and after a benchmark:
 * the host's speed varies from run to run on a shared machine, and a run whose check is slow too
 * says so about the machine, not the program.
 */
final class MachineCheck {
    private static final int MB = 64;

    private MachineCheck() {}

    /** Megabytes hashed per second: the best of three rounds. */
    static double rate() {
        byte[] block = new byte[1 << 20];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) (i * 31);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            double best = 0;
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < MB; i++) {
                    sha.update(block);
                }
                sha.digest();
                best = Math.max(best, MB / ((System.nanoTime() - t0) / 1e9));
            }
            return best;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** One line, its label padded to {@code width} as the benchmark's other lines are. */
    static void print(PrintWriter out, String when, int width) {
        out.printf(Locale.ROOT, "%-" + width + "s %8.0f MB/s   (SHA-256 on one thread)%n", "machine check, " + when, rate());
    }
}
