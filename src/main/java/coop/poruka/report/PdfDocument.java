package coop.poruka.report;

import coop.poruka.domain.LedgerException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.Deflater;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
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

    /** Space kept free at the bottom of every page for the footer. */
    private static final float FOOTER_SPACE = 30;
    /** Paragraphs of up to this many lines are kept on one page. */
    private static final int SHORT_PARAGRAPH = 5;
    private static final COSName REGULAR = COSName.getPDFName("F1");
    private static final COSName BOLD = COSName.getPDFName("F2");

    private final PDDocument doc = new PDDocument();
    private final Fonts fonts = Fonts.FOR_THREAD.get();
    /** The characters drawn in each face, so the file embeds the shared cut or, past it, a subset of its own. */
    private final Used regular = new Used(false);
    private final Used bold = new Used(true);
    /** Which faces each page draws with (1 regular, 2 bold), so its resources name only those. */
    private final List<Integer> pageFaces = new ArrayList<>();
    private final PDRectangle size;
    private final float margin;
    private final Decor decor;
    /** The page being drawn, or null between pages. */
    private Ink out;
    private PDPage page;
    private float y;
    private Runnable pendingHeading;
    private float pendingHeight;

    public PdfDocument(PDRectangle size, float margin, Decor decor) {
        this.size = size;
        this.margin = margin;
        this.decor = decor;
    }

    /** The characters a document drew in one face. */
    private static final class Used {
        final boolean bold;
        final BitSet codePoints = new BitSet();
        /** A character the shared cut lacks: this document embeds a subset of its own. */
        boolean beyondShared;

        Used(boolean bold) {
            this.bold = bold;
        }

        void add(String text) {
            SharedFont shared = SharedFont.of(bold);
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (!codePoints.get(cp)) {
                    codePoints.set(cp);
                    beyondShared |= !shared.covers(cp);
                }
            }
        }
    }

    /**
     * The two fonts parsed once per thread and shared by every document that thread lays out: parsing
     * them took a third of a statement's time. A parsed font is read while a subset is cut, so threads
     * do not share one. Each face is also loaded once into a document that is never saved, only to
     * measure and encode text exactly as PDFBox does; and what each character measures is kept.
     */
    private static final class Fonts {
        static final ThreadLocal<Fonts> FOR_THREAD = ThreadLocal.withInitial(Fonts::new);

        private final TrueTypeFont regular = SharedFont.DejaVu.parse(SharedFont.of(false).file());
        private final TrueTypeFont bold = SharedFont.DejaVu.parse(SharedFont.of(true).file());
        private final PDType0Font regularFont;
        private final PDType0Font boldFont;
        private final Map<Integer, Boolean> drawable = new HashMap<>();
        /**
         * Advance widths (thousandths of the size) of the code points below U+2200, regular and bold,
         * NaN until first measured; the rare one beyond is measured each time.
         */
        private final float[] regularWidths = unmeasured();
        private final float[] boldWidths = unmeasured();

        private static float[] unmeasured() {
            float[] widths = new float[0x2200];
            java.util.Arrays.fill(widths, Float.NaN);
            return widths;
        }

        float width(int cp, boolean isBold) {
            try {
                return font(isBold).getStringWidth(new String(Character.toChars(cp)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Fonts() {
            try {
                // Never saved, so nothing is ever cut from these: they only measure and encode.
                PDDocument measuring = new PDDocument();
                regularFont = PDType0Font.load(measuring, regular, true);
                boldFont = PDType0Font.load(measuring, bold, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        PDType0Font font(boolean isBold) {
            return isBold ? boldFont : regularFont;
        }

        /** A subset of the full face for {@code doc}, of the characters it drew. */
        COSDictionary subset(PDDocument doc, Used used) {
            try {
                PDType0Font font = PDType0Font.load(doc, used.bold ? bold : regular, true);
                used.codePoints.stream().forEach(font::addToSubset);
                font.subset();
                return font.getCOSObject();
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
        String date = pdfDate(created.toInstant(),
                ZoneOffset.ofTotalSeconds(created.getTimeZone().getOffset(created.getTimeInMillis()) / 1000));
        info.getCOSObject().setString(COSName.CREATION_DATE, date);
        info.getCOSObject().setString(COSName.MOD_DATE, date);
    }

    private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("'D:'yyyyMMddHHmmss", Locale.ROOT);

    /**
     * A date as PDF writes it, {@code D:20261123100000+06'00'}: what PDFBox's calendar setters write,
     * without the calendar formatting they spend a few percent of a statement on.
     */
    static String pdfDate(Instant at, ZoneOffset offset) {
        int minutes = offset.getTotalSeconds() / 60;
        return PDF_DATE.format(at.atOffset(offset)) + (minutes < 0 ? "-" : "+")
                + String.format(Locale.ROOT, "%02d'%02d'", Math.abs(minutes) / 60, Math.abs(minutes) % 60);
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
        page = new PDPage(size);
        page.setResources(new PDResources());
        doc.addPage(page);
        pageFaces.add(0);
        out = new Ink();
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
        // Nearly all text is printable as it is: then it is returned without being copied.
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (changed(cp) != cp) {
                StringBuilder b = new StringBuilder(text.length());
                text.codePoints().forEach(c -> b.appendCodePoint(changed(c)));
                return b.toString();
            }
            i += Character.charCount(cp);
        }
        return text;
    }

    /** What a character is printed as: itself, a space for a line break or control, '?' where no font has it. */
    private int changed(int cp) {
        if (Character.isISOControl(cp) || Character.isWhitespace(cp) && cp != 0xA0 && cp != 0x202F) {
            return ' ';
        }
        return canDraw(cp) ? cp : '?';
    }

    private boolean canDraw(int cp) {
        return fonts.drawable.computeIfAbsent(cp, c -> {
            try {
                String s = new String(Character.toChars(c));
                fonts.font(false).encode(s);
                fonts.font(true).encode(s);
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
        float[] widths = isBold ? fonts.boldWidths : fonts.regularWidths;
        float sum = 0;
        for (int i = 0; i < printable.length(); ) {
            int cp = printable.codePointAt(i);
            i += Character.charCount(cp);
            float w = cp < widths.length ? widths[cp] : Float.NaN;
            if (Float.isNaN(w)) {
                w = fonts.width(cp, isBold);
                if (cp < widths.length) {
                    widths[cp] = w;
                }
            }
            sum += w;
        }
        return sum;
    }

    /** Draws one line with its baseline at {@code baseline}; {@code x} is its left edge. */
    public void text(String text, float x, float baseline, Style style) {
        flushHeading();
        String shown = printable(text);
        Used used = style.bold() ? bold : regular;
        used.add(shown);
        int last = pageFaces.size() - 1;
        pageFaces.set(last, pageFaces.get(last) | (style.bold() ? 2 : 1));
        try {
            out.text(style.bold() ? BOLD : REGULAR, style.size(), style.gray(), x, baseline,
                    fonts.font(style.bold()).encode(shown));
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
        out.line(x1, x2, atY, thickness, gray);
    }

    /** A filled rectangle (a shaded box behind a figure); {@code y} is its bottom edge. */
    public void fill(float x, float y, float w, float h, float gray) {
        flushHeading();
        out.fill(x, y, w, h, gray);
    }

    /** The bottom edge for footers: the baseline of the footer line. */
    public float footerBaseline() {
        return margin;
    }

    private void closePage() {
        if (out != null) {
            page.setContents(out.stream());
            out = null;
            page = null;
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
            // The footer goes in a stream of its own after the page's, as its second part.
            page = doc.getPage(i);
            out = new Ink();
            try {
                decor.footer(this, i + 1, pages);
                page.setContents(List.of(new PDStream(page.getCOSObject().getCOSStream(COSName.CONTENTS)),
                        out.stream()));
            } finally {
                out = null;
                page = null;
            }
        }
        embedFonts();
        // The file identifier PDF/A asks for, given here: PDFBox would otherwise look up a digest for it.
        byte[] id = new byte[32];
        java.util.concurrent.ThreadLocalRandom.current().nextBytes(id);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        writeAtomically(file, stream -> finish.write(doc, stream));
    }

    /**
     * Names the fonts in each page's resources: the shared cut of a face when every character drawn
     * in it is within the cut, else a subset of the full face cut for this document alone.
     */
    private void embedFonts() {
        COSDictionary regularFont = regular.codePoints.isEmpty() ? null : embedded(regular);
        COSDictionary boldFont = bold.codePoints.isEmpty() ? null : embedded(bold);
        for (int i = 0; i < pageFaces.size(); i++) {
            int faces = pageFaces.get(i);
            if (faces == 0) {
                continue;
            }
            COSDictionary named = new COSDictionary();
            if ((faces & 1) != 0) {
                named.setItem(REGULAR, regularFont);
            }
            if ((faces & 2) != 0) {
                named.setItem(BOLD, boldFont);
            }
            doc.getPage(i).getResources().getCOSObject().setItem(COSName.FONT, named);
        }
    }

    private COSDictionary embedded(Used used) {
        return used.beyondShared ? fonts.subset(doc, used) : SharedFont.of(used.bold).copy();
    }

    /**
     * One page's drawing, written as PDF operators straight into a buffer: the few a document uses
     * (text in one of the two faces, grey lines and boxes), with a colour, width or font set only when
     * it changes. Text comes already encoded (two bytes a character, the full face's glyph numbers).
     */
    private static final class Ink {
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(4096);
        private COSName font;
        private float fontSize = -1;
        private float fill = -1;
        private float stroke = -1;
        private float lineWidth = -1;

        void text(COSName face, float fontSize, float gray, float x, float baseline, byte[] encoded) {
            write("BT\n");
            if (face != font || fontSize != this.fontSize) {
                write("/" + face.getName() + " ");
                number(fontSize);
                write(" Tf\n");
                font = face;
                this.fontSize = fontSize;
            }
            fillGray(gray);
            number(x);
            write(" ");
            number(baseline);
            write(" Td\n<");
            for (byte b : encoded) {
                bytes.write(HEX[(b >> 4) & 0xF]);
                bytes.write(HEX[b & 0xF]);
            }
            write("> Tj\nET\n");
        }

        void line(float x1, float x2, float atY, float thickness, float gray) {
            if (gray != stroke) {
                number(gray);
                write(" G\n");
                stroke = gray;
            }
            if (thickness != lineWidth) {
                number(thickness);
                write(" w\n");
                lineWidth = thickness;
            }
            number(x1);
            write(" ");
            number(atY);
            write(" m\n");
            number(x2);
            write(" ");
            number(atY);
            write(" l\nS\n");
        }

        void fill(float x, float y, float w, float h, float gray) {
            fillGray(gray);
            number(x);
            write(" ");
            number(y);
            write(" ");
            number(w);
            write(" ");
            number(h);
            write(" re\nf\n");
        }

        private void fillGray(float gray) {
            if (gray != fill) {
                number(gray);
                write(" g\n");
                fill = gray;
            }
        }

        /** A number as PDF writes it: at most four decimals, no exponent, no trailing zeros. */
        private void number(float value) {
            long scaled = Math.round((double) value * 10_000);
            if (scaled < 0) {
                bytes.write('-');
                scaled = -scaled;
            }
            write(Long.toString(scaled / 10_000));
            long fraction = scaled % 10_000;
            if (fraction != 0) {
                bytes.write('.');
                int digits = 4;
                while (fraction % 10 == 0) {
                    fraction /= 10;
                    digits--;
                }
                String f = Long.toString(fraction);
                for (int i = f.length(); i < digits; i++) {
                    bytes.write('0');
                }
                write(f);
            }
        }

        private void write(String ascii) {
            for (int i = 0; i < ascii.length(); i++) {
                bytes.write(ascii.charAt(i));
            }
        }

        /** The page's operators as a compressed content stream. */
        PDStream stream() {
            COSStream stream = new COSStream();
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (OutputStream raw = stream.createRawOutputStream()) {
                Deflater deflater = DEFLATER.get();
                deflater.reset();
                deflater.setInput(bytes.toByteArray());
                deflater.finish();
                byte[] buffer = new byte[8192];
                while (!deflater.finished()) {
                    raw.write(buffer, 0, deflater.deflate(buffer));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new PDStream(stream);
        }

        private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        /** One per thread, reused: a new Deflater allocates native memory each time. */
        private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(Deflater::new);
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
