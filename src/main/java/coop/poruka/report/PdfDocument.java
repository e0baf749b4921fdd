package coop.poruka.report;

import coop.poruka.domain.LedgerException;
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

    private final PDDocument doc = new PDDocument();
    /** The parsed fonts; the subsets are cut from them when saving, so they close with the document. */
    private final List<TrueTypeFont> ttfs = new ArrayList<>();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PDRectangle size;
    private final float margin;
    private final Decor decor;
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private PDPageContentStream out;
    private float y;

    public PdfDocument(PDRectangle size, float margin, Decor decor) {
        this.size = size;
        this.margin = margin;
        this.decor = decor;
        // Subsets: only the glyphs used are embedded, so a receipt stays a few tens of kilobytes.
        this.regular = font("DejaVuSans.ttf");
        this.bold = font("DejaVuSans-Bold.ttf");
    }

    /** The font files, read from the build once: a batch of statements would otherwise unpack them for each. */
    private static final Map<String, byte[]> FONT_FILES = new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[] fontFile(String file) {
        return FONT_FILES.computeIfAbsent(file, f -> {
            try (InputStream in = PdfDocument.class.getResourceAsStream(FONTS + f)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the build: " + f);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private PDType0Font font(String file) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontFile(file)));
            ttfs.add(ttf);
            // No glyph substitution: PDFBox would otherwise set "office" with an ffi ligature, and
            // a reader copying or searching the text would find "o\uFB03ce" instead of the word.
            ttf.setEnableGsub(false);
            return PDType0Font.load(doc, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** Makes sure {@code height} points fit above the footer; starts a new page when they do not. */
    public boolean need(float height) {
        if (out == null || y - height < margin + FOOTER_SPACE) {
            newPage();
            return true;
        }
        return false;
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
        return drawable.computeIfAbsent(cp, c -> {
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
        try {
            return font(style).getStringWidth(printable(text)) / 1000f * style.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font font(Style style) {
        return style.bold() ? bold : regular;
    }

    /** Draws one line with its baseline at {@code baseline}; {@code x} is its left edge. */
    public void text(String text, float x, float baseline, Style style) {
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
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(text).strip().split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (textWidth(candidate, style) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A hash or a long name without spaces: cut it where it reaches the edge.
            String rest = word;
            while (textWidth(rest, style) > width) {
                int cut = rest.offsetByCodePoints(0, 1);
                while (cut < rest.length() && textWidth(rest.substring(0, rest.offsetByCodePoints(cut, 1)), style) <= width) {
                    cut = rest.offsetByCodePoints(cut, 1);
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A wrapped paragraph across the full width; moves the cursor below it. */
    public void paragraph(String text, Style style) {
        for (String line : wrap(text, style, width())) {
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
            try (OutputStream stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
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
                doc.close();
                for (TrueTypeFont ttf : ttfs) {
                    ttf.close();
                }
            } catch (IOException ignored) {
                // Nothing was written by closing; the document is discarded either way.
            }
        }
    }
}
