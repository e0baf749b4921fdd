package coop.poruka.report;

/** How a run of text looks: weight, size in points, and grey level (0 black, 1 white). */
public record Style(boolean bold, float size, float gray) {
    public static final float INK = 0.1f;
    public static final float MUTED = 0.42f;

    public static Style regular(float size) {
        return new Style(false, size, INK);
    }

    public static Style bold(float size) {
        return new Style(true, size, INK);
    }

    public static Style muted(float size) {
        return new Style(false, size, MUTED);
    }

    /** Distance from one baseline to the next. */
    public float leading() {
        return size * 1.4f;
    }
}
