package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The welcome points to the sample files where they really are. */
class WelcomeSamplesTest {
    @TempDir
    Path dir;

    @Test
    void installedProgramFindsTheSamplesBesideItself() throws Exception {
        Path app = dir.resolve("opt").resolve("poruka");
        Files.createDirectories(app.resolve("bin"));
        Path samples = Files.createDirectories(app.resolve("lib").resolve("app").resolve("samples"));
        Files.writeString(samples.resolve("README.md"), "# Samples");
        assertThat(WelcomeViewModel.samplesFolder(app.resolve("bin").resolve("poruka").toString(), dir))
                .contains(samples);
    }

    @Test
    void programStartedFromTheProjectFindsItsSamplesFolderAndElsewhereNothingIsSaid() throws Exception {
        assertThat(WelcomeViewModel.samplesFolder(null, Path.of("").toAbsolutePath()))
                .contains(Path.of("").toAbsolutePath().resolve("samples"));
        assertThat(WelcomeViewModel.samplesFolder(null, dir)).isEmpty();
        assertThat(WelcomeViewModel.samplesFolder(dir.resolve("bin").resolve("poruka").toString(), dir)).isEmpty();
    }
}
