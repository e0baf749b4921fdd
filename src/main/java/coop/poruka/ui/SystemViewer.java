package coop.poruka.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The computer's own programs for a saved file: its PDF viewer (where the clerk prints, choosing
 * the printer as usual) and its documents folder. Both may be missing; callers then say where the
 * file is instead.
 */
final class SystemViewer {
    private SystemViewer() {}

    /**
     * Opens {@code file} with the program the desktop uses for it; false when there is no desktop
     * or it refused. Blocks while the desktop starts the program: call it off the FX thread.
     */
    static boolean open(Path file) {
        try {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                return false;
            }
            Desktop.getDesktop().open(file.toFile());
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // the file is saved; the message says where
        }
    }

    /**
     * The person's documents folder: on Linux the one named in the desktop's user-dirs file (it is
     * "Документы" or "Dokument" in other languages), else Documents in the home folder, else home.
     */
    static Path documentsFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path xdg = home.resolve(".config").resolve("user-dirs.dirs");
        if (Files.isRegularFile(xdg)) {
            try {
                List<String> lines = Files.readAllLines(xdg, StandardCharsets.UTF_8);
                for (String line : lines) {
                    if (line.startsWith("XDG_DOCUMENTS_DIR=")) {
                        String value = line.substring(line.indexOf('=') + 1).replace("\"", "")
                                .replace("$HOME", home.toString());
                        Path dir = Path.of(value);
                        if (Files.isDirectory(dir)) {
                            return dir;
                        }
                    }
                }
            } catch (IOException | RuntimeException ignored) {
                // fall back to the usual name
            }
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}
