package coop.poruka.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Reads a PDF back the way other programs do, with poppler's command-line tools. */
public final class Poppler {
    private Poppler() {}

    /** The text of the whole document, as pdftotext extracts it (UTF-8). */
    public static String text(Path pdf) {
        return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    }

    /** The font table of pdffonts, one line per font, without its two header lines. */
    static List<String> fonts(Path pdf) {
        List<String> lines = new ArrayList<>(run("pdffonts", pdf.toString()).lines().toList());
        return lines.subList(Math.min(2, lines.size()), lines.size());
    }

    public static String run(String... command) {
        return run(true, command);
    }

    /** The output (stdout and stderr) of a command; when {@code mustSucceed}, a non-zero exit fails the test. */
    public static String run(boolean mustSucceed, String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || mustSucceed && p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("could not run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
