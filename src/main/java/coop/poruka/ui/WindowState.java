package coop.poruka.ui;

import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window was when it was closed, so it opens there again; moved onto a screen that is
 * still there when a monitor was unplugged meanwhile.
 */
public record WindowState(double x, double y, double width, double height, boolean maximized, String screen) {
    private static final String PREFIX = "window.";
    private static final double MIN_WIDTH = 900;
    private static final double MIN_HEIGHT = 560;

    public void save(Preferences prefs) {
        prefs.putDouble(PREFIX + "x", x);
        prefs.putDouble(PREFIX + "y", y);
        prefs.putDouble(PREFIX + "width", width);
        prefs.putDouble(PREFIX + "height", height);
        prefs.putBoolean(PREFIX + "maximized", maximized);
        prefs.put(PREFIX + "screen", screen);
        Prefs.flush(prefs);
    }

    public static Optional<WindowState> load(Preferences prefs) {
        double w = prefs.getDouble(PREFIX + "width", 0);
        double h = prefs.getDouble(PREFIX + "height", 0);
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowState(prefs.getDouble(PREFIX + "x", 0), prefs.getDouble(PREFIX + "y", 0), w, h,
                prefs.getBoolean(PREFIX + "maximized", false), prefs.get(PREFIX + "screen", "")));
    }

    /** A screen's id: its bounds, which stay the same while the same monitor is in the same place. */
    public static String id(Rectangle2D bounds) {
        return (long) bounds.getMinX() + "," + (long) bounds.getMinY() + "," + (long) bounds.getWidth() + ","
                + (long) bounds.getHeight();
    }

    /**
     * This state moved and shrunk so the whole window lies on one of {@code screens} (their
     * visual bounds, the primary first): the screen it was on if still there, else the one it
     * overlaps most, else the primary.
     */
    public WindowState clampTo(List<Rectangle2D> screens) {
        Rectangle2D target = screens.stream().filter(s -> id(s).equals(screen)).findFirst()
                .orElseGet(() -> mostOverlapped(screens));
        double w = Math.min(Math.max(width, Math.min(MIN_WIDTH, target.getWidth())), target.getWidth());
        double h = Math.min(Math.max(height, Math.min(MIN_HEIGHT, target.getHeight())), target.getHeight());
        double nx = Math.min(Math.max(x, target.getMinX()), target.getMaxX() - w);
        double ny = Math.min(Math.max(y, target.getMinY()), target.getMaxY() - h);
        return new WindowState(nx, ny, w, h, maximized, id(target));
    }

    private Rectangle2D mostOverlapped(List<Rectangle2D> screens) {
        Rectangle2D best = screens.get(0);
        double bestArea = 0;
        for (Rectangle2D s : screens) {
            double overlap = Math.max(0, Math.min(x + width, s.getMaxX()) - Math.max(x, s.getMinX()))
                    * Math.max(0, Math.min(y + height, s.getMaxY()) - Math.max(y, s.getMinY()));
            if (overlap > bestArea) {
                best = s;
                bestArea = overlap;
            }
        }
        return best;
    }

    /** Where {@code stage} is now; a maximized window keeps the size it returns to. */
    public static WindowState of(Stage stage, WindowState before) {
        Rectangle2D here = new Rectangle2D(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                Math.max(1, stage.getHeight()));
        String screen = id(Screen.getScreensForRectangle(here).stream().findFirst().orElse(Screen.getPrimary())
                .getVisualBounds());
        if (stage.isMaximized() && before != null) {
            return new WindowState(before.x, before.y, before.width, before.height, true, screen);
        }
        return new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                screen);
    }

    /** The visual bounds of the screens there are now, the primary first. */
    public static List<Rectangle2D> screens() {
        Screen primary = Screen.getPrimary();
        return Stream.concat(Stream.of(primary),
                Screen.getScreens().stream().filter(s -> !s.equals(primary))).map(Screen::getVisualBounds).toList();
    }

    /** Puts {@code stage} here, clamped to the screens there are now. */
    public void applyTo(Stage stage) {
        WindowState s = clampTo(screens());
        stage.setX(s.x);
        stage.setY(s.y);
        stage.setWidth(s.width);
        stage.setHeight(s.height);
        stage.setMaximized(s.maximized);
    }
}
