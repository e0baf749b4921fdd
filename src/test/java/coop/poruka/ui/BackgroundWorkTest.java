package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.app.Progress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Long work runs beside the screen, reports how far it got, and stops when the person cancels. */
@ExtendWith(ApplicationExtension.class)
class BackgroundWorkTest {
    @Start
    void start(Stage stage) {
        // the FX toolkit is all this test needs
    }

    @Test
    void cancellingStopsTheWorkAndReportsItCancelledWhileOnlyOneJobRunsAtATime() throws Exception {
        BackgroundWork work = new BackgroundWork();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        boolean started = WaitForAsyncUtils.asyncFx(() -> work.start("long", p -> {
            for (long i = 0; ; i++) {
                p.update(i % 100, 100);
                p.checkCancelled();
                sleep();
            }
        }, done -> {}, failure::set)).get(10, TimeUnit.SECONDS);
        assertThat(started).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> work.progressProperty().get() > 0);
        assertThat(work.runningProperty().get()).isTrue();
        boolean second = WaitForAsyncUtils.asyncFx(() -> work.start("other", p -> 1, d -> {}, f -> {}))
                .get(10, TimeUnit.SECONDS);
        assertThat(second).isFalse();

        WaitForAsyncUtils.asyncFx(work::cancel).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> failure.get() != null);
        assertThat(failure.get()).isInstanceOf(Progress.Cancelled.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(work.runningProperty().get()).isFalse();
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
