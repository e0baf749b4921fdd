package coop.poruka.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One DejaVu face cut once per program to the characters the co-op's documents are promised to
 * print (Latin with the Swedish letters, Cyrillic with the Kazakh ones, digits, punctuation, the
 * usual currency and unit signs), with its font program and maps already compressed. Each document
 * whose text stays within them gets a fresh copy of the same dictionaries and bytes instead of a
 * subset of its own, which took a fifth of a signed statement's time (docs/decisions/0037). The
 * character codes are the full font's glyph numbers, as in a subset PDFBox cuts, so a page is
 * written the same way whichever of the two a document ends up embedding.
 */
final class SharedFont {
    /** What every document may print with the shared font: ranges of code points, first and last. */
    private static final int[][] REPERTOIRE = {
        {0x20, 0x7E}, // ASCII
        {0xA0, 0xFF}, // Latin-1: Swedish å ä ö, other European letters, signs
        {0x400, 0x45F}, // Cyrillic, І і included
        {0x492, 0x493}, {0x49A, 0x49B}, {0x4A2, 0x4A3}, {0x4AE, 0x4B1}, {0x4BA, 0x4BB}, // Ғ Қ Ң Ү Ұ Һ
        {0x4D8, 0x4D9}, {0x4E8, 0x4E9}, // Ә Ө
        {0x2007, 0x200A}, {0x2010, 0x2027}, {0x202F, 0x2030}, {0x2039, 0x203A}, // spaces, dashes, quotes
        {0x20AC, 0x20AC}, {0x20B8, 0x20B8}, {0x20BD, 0x20BD}, {0x2116, 0x2116}, // € ₸ ₽ №
        {0x2190, 0x2193}, {0x2212, 0x2212}, // arrows (claims), minus
    };

    private static final SharedFont REGULAR = new SharedFont("DejaVuSans.ttf");
    private static final SharedFont BOLD = new SharedFont("DejaVuSans-Bold.ttf");

    private final String file;
    /** Made on first use, then only read: the dictionaries to copy and their streams' compressed bytes. */
    private volatile Cut cut;

    private record Cut(COSDictionary font, Map<COSStream, byte[]> streams, BitSet covers) {}

    private SharedFont(String file) {
        this.file = file;
    }

    static SharedFont of(boolean bold) {
        return bold ? BOLD : REGULAR;
    }

    /** Whether the shared cut draws this character. */
    boolean covers(int codePoint) {
        return cut().covers.get(codePoint);
    }

    /** A fresh copy of the font's dictionaries for {@code doc}: nothing is shared between documents but bytes. */
    COSDictionary copy() {
        Cut c = cut();
        return (COSDictionary) copy(c.font, c.streams);
    }

    private Cut cut() {
        Cut c = cut;
        if (c == null) {
            synchronized (this) {
                c = cut;
                if (c == null) {
                    c = make();
                    cut = c;
                }
            }
        }
        return c;
    }

    /** Cuts the subset once, with PDFBox's own subsetter, in a scratch document that is kept. */
    private Cut make() {
        try {
            TrueTypeFont ttf = DejaVu.parse(file);
            // The scratch document is never closed: its streams' bytes are copied out, but closing
            // it could clear the dictionaries every later copy is made from.
            PDDocument scratch = new PDDocument();
            PDType0Font font = PDType0Font.load(scratch, ttf, true);
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            BitSet covers = new BitSet();
            for (int[] range : REPERTOIRE) {
                for (int cp = range[0]; cp <= range[1]; cp++) {
                    if (cmap.getGlyphId(cp) != 0) {
                        covers.set(cp);
                        font.addToSubset(cp);
                    }
                }
            }
            font.subset();
            Map<COSStream, byte[]> streams = new IdentityHashMap<>();
            collect(font.getCOSObject(), streams);
            return new Cut(font.getCOSObject(), streams, covers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads every stream under {@code base} once and compresses it again as tightly as Deflate can:
     * this is done once, and every file carries these bytes.
     */
    private static void collect(COSBase base, Map<COSStream, byte[]> streams) throws IOException {
        if (base instanceof COSStream s && !streams.containsKey(s)) {
            if (!COSName.FLATE_DECODE.equals(s.getFilters())) {
                throw new IOException("a font stream not compressed as expected: " + s.getFilters());
            }
            byte[] plain;
            try (InputStream in = s.createInputStream()) {
                plain = in.readAllBytes();
            }
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            try (ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 2);
                    DeflaterOutputStream z = new DeflaterOutputStream(out, deflater)) {
                z.write(plain);
                z.finish();
                streams.put(s, out.toByteArray());
            } finally {
                deflater.end();
            }
        }
        if (base instanceof COSDictionary d) {
            for (COSBase v : d.getValues()) {
                collect(v, streams);
            }
        } else if (base instanceof COSArray a) {
            for (COSBase v : a) {
                collect(v, streams);
            }
        }
    }

    /**
     * A deep copy: new dictionaries, arrays, strings and streams (PDFBox marks objects while writing
     * a document, so no object may belong to two), the streams' compressed bytes written as they are.
     */
    private static COSBase copy(COSBase base, Map<COSStream, byte[]> streams) {
        if (base instanceof COSStream s) {
            COSStream out = new COSStream();
            copyEntries(s, out, streams);
            out.removeItem(COSName.LENGTH);
            try (OutputStream raw = out.createRawOutputStream()) {
                raw.write(streams.get(s));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        } else if (base instanceof COSDictionary d) {
            COSDictionary out = new COSDictionary();
            copyEntries(d, out, streams);
            return out;
        } else if (base instanceof COSArray a) {
            COSArray out = new COSArray();
            for (COSBase v : a) {
                out.add(copy(v, streams));
            }
            return out;
        } else if (base instanceof COSString s) {
            return new COSString(s.getBytes());
        } else if (base instanceof COSFloat f) {
            return new COSFloat(f.floatValue());
        }
        // Names, integers and booleans are shared constants in PDFBox itself.
        return base;
    }

    private static void copyEntries(COSDictionary from, COSDictionary to, Map<COSStream, byte[]> streams) {
        for (Map.Entry<COSName, COSBase> e : from.entrySet()) {
            to.setItem(e.getKey(), copy(e.getValue(), streams));
        }
    }

    /** The face's font file, read from the build. */
    static final class DejaVu {
        private static final String FONTS = "/coop/poruka/report/fonts/";
        private static final Map<String, byte[]> FILES = new java.util.concurrent.ConcurrentHashMap<>();

        private DejaVu() {}

        /** A freshly parsed font (PDFBox reads a parsed font as it cuts subsets, so threads do not share one). */
        static TrueTypeFont parse(String file) {
            try {
                TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser().parse(
                        new org.apache.pdfbox.io.RandomAccessReadBuffer(FILES.computeIfAbsent(file, DejaVu::read)));
                // No glyph substitution: PDFBox would otherwise set "office" with an ffi ligature, and
                // a reader copying or searching the text would find "o\uFB03ce" instead of the word.
                ttf.setEnableGsub(false);
                return ttf;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static byte[] read(String file) {
            try (InputStream in = SharedFont.class.getResourceAsStream(FONTS + file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the build: " + file);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The file name of the face, for the per-thread parse of the full font. */
    String file() {
        return file;
    }
}
