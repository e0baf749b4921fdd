package coop.poruka.report;

import coop.poruka.domain.LedgerException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One document being laid out top to bottom: pages, a cursor, fonts that cover every script the
 * co-op's members write in, and a header and footer on every page. Documents (receipts,
 * statements) are built from its small steps; {@link #write} saves it through a {@link Finish}.
 */
public final class PdfDocument implements AutoCloseable {
    /** Draws the parts of a page that repeat: the header when a page begins, the footer at the end. */
    public interface Decor {
        void header(PdfDocument d);

        void footer(PdfDocument d, int page, int pages);
    }

    private static final String FONTS = "/coop/poruka/report/fonts/";
    /** Space kept free at the bottom of every page for the footer. */
    private static final float FOOTER_SPACE = 30;
    /** Paragraphs of up to this many lines are kept on one page. */
    private static final int SHORT_PARAGRAPH = 5;

    private final PDDocument doc = new PDDocument();
    private final Fonts fonts = Fonts.FOR_THREAD.get();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PDRectangle size;
    private final float margin;
    private final Decor decor;
    private PDPageContentStream out;
    private float y;
    private Runnable pendingHeading;
    private float pendingHeight;

    public PdfDocument(PDRectangle size, float margin, Decor decor) {
        this.size = size;
        this.margin = margin;
        this.decor = decor;
        // Subsets: only the glyphs used are embedded, so a receipt stays a few tens of kilobytes.
        this.regular = fonts.load(doc, false);
        this.bold = fonts.load(doc, true);
    }

    /**
     * The two fonts parsed once per thread and shared by every document that thread lays out: parsing
     * them took a third of a statement's time. A parsed font is read while a document is saved (its
     * subset is cut then), so threads do not share one; each document still embeds its own subset.
     * Also what each character measures, so laying out text does not ask PDFBox glyph by glyph.
     */
    private static final class Fonts {
        static final ThreadLocal<Fonts> FOR_THREAD = ThreadLocal.withInitial(Fonts::new);
        /** The font files, read from the build once for every thread. */
        private static final Map<String, byte[]> FILES = new java.util.concurrent.ConcurrentHashMap<>();

        private final TrueTypeFont regular = parse("DejaVuSans.ttf");
        private final TrueTypeFont bold = parse("DejaVuSans-Bold.ttf");
        private final Map<Integer, Boolean> drawable = new HashMap<>();
        /** Advance widths (thousandths of the size) by code point, regular and bold. */
        private final Map<Integer, Float> regularWidths = new HashMap<>();
        private final Map<Integer, Float> boldWidths = new HashMap<>();

        PDType0Font load(PDDocument doc, boolean isBold) {
            try {
                return PDType0Font.load(doc, isBold ? bold : regular, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static TrueTypeFont parse(String file) {
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(FILES.computeIfAbsent(file,
                        Fonts::read)));
                // No glyph substitution: PDFBox would otherwise set "office" with an ffi ligature, and
                // a reader copying or searching the text would find "o\uFB03ce" instead of the word.
                ttf.setEnableGsub(false);
                return ttf;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static byte[] read(String file) {
            try (InputStream in = PdfDocument.class.getResourceAsStream(FONTS + file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the build: " + file);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Title, author and dates, so a file manager and a PDF reader show what the document is. */
    public void info(String title, String author, Calendar created) {
        PdfA.describe(doc, title, author, created);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator("Poruka");
        info.setCreationDate(created);
        info.setModificationDate(created);
    }

    public float left() {
        return margin;
    }

    public float right() {
        return size.getWidth() - margin;
    }

    public float width() {
        return right() - left();
    }

    /** The cursor: the top of the next line, in points from the bottom of the page. */
    public float y() {
        return y;
    }

    public void down(float points) {
        y -= points;
    }

    /** Starts a new page with its header; the cursor is placed below the header. */
    public void newPage() {
        closePage();
        PDPage page = new PDPage(size);
        doc.addPage(page);
        try {
            out = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = size.getHeight() - margin;
        decor.header(this);
    }

    /**
     * Makes sure {@code height} points fit above the footer; starts a new page when they do not. A
     * heading waiting to be drawn ({@link #keepWithNext}) must fit together with them, and is drawn first.
     */
    public boolean need(float height) {
        Runnable heading = pendingHeading;
        if (heading == null) {
            return fits(height);
        }
        pendingHeading = null;
        boolean newPage = fits(pendingHeight + height);
        heading.run();
        return newPage;
    }

    private boolean fits(float height) {
        if (out == null || y - height < margin + FOOTER_SPACE) {
            newPage();
            return true;
        }
        return false;
    }

    /**
     * Holds back a heading ({@code height} points, drawn by {@code draw}) until what follows it asks
     * for room with {@link #need}: then both go on this page or both on the next, so a heading never
     * ends a page without its first lines under it.
     */
    public void keepWithNext(float height, Runnable draw) {
        flushHeading();
        pendingHeight = height;
        pendingHeading = draw;
    }

    /** Draws a held-back heading where the cursor is, for content that does not ask for room first. */
    private void flushHeading() {
        if (pendingHeading != null) {
            need(0);
        }
    }

    /** The text with every character the fonts cannot draw replaced, and line breaks as spaces. */
    public String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp) && cp != 0xA0 && cp != 0x202F) {
                b.append(' ');
            } else {
                b.appendCodePoint(canDraw(cp) ? cp : '?');
            }
        });
        return b.toString();
    }

    private boolean canDraw(int cp) {
        return fonts.drawable.computeIfAbsent(cp, c -> {
            try {
                String s = new String(Character.toChars(c));
                regular.encode(s);
                bold.encode(s);
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    public float textWidth(String text, Style style) {
        return units(printable(text), style.bold()) / 1000f * style.size();
    }

    /** The width of printable text in thousandths of the font size: the sum of its characters' advances. */
    private float units(String printable, boolean isBold) {
        Map<Integer, Float> widths = isBold ? fonts.boldWidths : fonts.regularWidths;
        PDType0Font font = isBold ? bold : regular;
        float sum = 0;
        for (int i = 0; i < printable.length(); ) {
            int cp = printable.codePointAt(i);
            i += Character.charCount(cp);
            sum += widths.computeIfAbsent(cp, c -> {
                try {
                    return font.getStringWidth(new String(Character.toChars(c)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return sum;
    }

    private PDType0Font font(Style style) {
        return style.bold() ? bold : regular;
    }

    /** Draws one line with its baseline at {@code baseline}; {@code x} is its left edge. */
    public void text(String text, float x, float baseline, Style style) {
        flushHeading();
        try {
            out.beginText();
            out.setFont(font(style), style.size());
            out.setNonStrokingColor(style.gray());
            out.newLineAtOffset(x, baseline);
            out.showText(printable(text));
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws one line ending at {@code rightEdge}. */
    public void textRight(String text, float rightEdge, float baseline, Style style) {
        text(text, rightEdge - textWidth(text, style), baseline, style);
    }

    /** Where the baseline of a line of this style goes when the line's top is at {@code top}. */
    public static float baseline(float top, Style style) {
        return top - style.size() * 1.05f;
    }

    /** The text broken into lines no wider than {@code width}; a word too long for a line is cut. */
    public List<String> wrap(String text, Style style, float width) {
        // Widths add up character by character, so each word is measured once and lines grow by sums.
        float limit = width * 1000f / style.size();
        float space = units(" ", style.bold());
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineUnits = 0;
        for (String word : printable(text).strip().split(" +")) {
            float wordUnits = units(word, style.bold());
            float candidate = line.length() == 0 ? wordUnits : lineUnits + space + wordUnits;
            if (candidate <= limit) {
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
                lineUnits = candidate;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A hash or a long name without spaces: cut it where it reaches the edge.
            String rest = word;
            float restUnits = wordUnits;
            while (restUnits > limit) {
                int cut = rest.offsetByCodePoints(0, 1);
                float cutUnits = units(rest.substring(0, cut), style.bold());
                while (cut < rest.length()) {
                    int next = rest.offsetByCodePoints(cut, 1);
                    float more = units(rest.substring(cut, next), style.bold());
                    if (cutUnits + more > limit) {
                        break;
                    }
                    cutUnits += more;
                    cut = next;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
                restUnits = units(rest, style.bold());
            }
            line.append(rest);
            lineUnits = restUnits;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A wrapped paragraph across the full width; moves the cursor below it. */
    public void paragraph(String text, Style style) {
        List<String> lines = wrap(text, style, width());
        if (lines.size() <= SHORT_PARAGRAPH) {
            // A short note is not split: one line alone at the top of a page reads as a stray.
            need(lines.size() * style.leading());
        }
        for (String line : lines) {
            need(style.leading());
            text(line, left(), baseline(y, style), style);
            y -= style.leading();
        }
    }

    /** A horizontal line across the page at the cursor. */
    public void rule(float thickness, float gray) {
        line(left(), right(), y, thickness, gray);
    }

    public void line(float x1, float x2, float atY, float thickness, float gray) {
        flushHeading();
        try {
            out.setStrokingColor(gray);
            out.setLineWidth(thickness);
            out.moveTo(x1, atY);
            out.lineTo(x2, atY);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled rectangle (a shaded box behind a figure); {@code y} is its bottom edge. */
    public void fill(float x, float y, float w, float h, float gray) {
        flushHeading();
        try {
            out.setNonStrokingColor(gray);
            out.addRect(x, y, w, h);
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bottom edge for footers: the baseline of the footer line. */
    public float footerBaseline() {
        return margin;
    }

    private void closePage() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out = null;
        }
    }

    /**
     * Adds the footers (now that the page count is known) and writes the document to {@code file}
     * through {@code finish}: to a temporary file first, so a failure never leaves half a PDF.
     */
    public void write(Path file, Finish finish) {
        flushHeading();
        closePage();
        int pages = doc.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                out = footer;
                decor.footer(this, i + 1, pages);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                out = null;
            }
        }
        writeAtomically(file, stream -> finish.write(doc, stream));
    }

    /** Writes the bytes of a document. */
    @FunctionalInterface
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** Writes to a temporary file beside {@code file}, then moves it into place. */
    static void writeAtomically(Path file, Content content) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            // Not Files.createTempFile: its owner-only permissions would follow the file into place,
            // and a receipt saved to a shared folder must open for the others too.
            temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temp,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 64 * 1024)) {
                content.write(stream);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(temp);
            throw new LedgerException(e, "document.cannotWrite", target, e.getMessage());
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The write already failed; that message matters more than a leftover temp file.
            }
        }
    }

    @Override
    public void close() {
        try {
            closePage();
        } finally {
            try {
                // The parsed fonts stay with the thread for the next document.
                doc.close();
            } catch (IOException ignored) {
                // Nothing was written by closing; the document is discarded either way.
            }
        }
    }
}
