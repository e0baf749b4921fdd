package coop.poruka.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;

/**
 * The signature of a document PDFBox has just saved (with a plain cross-reference table and no
 * object streams), appended as an incremental update written here directly: the objects PDFBox's
 * own {@code saveIncremental} writes after reloading the file (the signature, its invisible widget
 * with an empty appearance, the first page with the widget in its annotations, the catalog with the
 * form), a cross-reference section and a trailer pointing back at the saved one. Reloading and the
 * incremental writer were a third of a signed statement's time (docs/decisions/0037).
 *
 * <p>It only reads what PDFBox writes; a saved file not laid out as expected (say, a catalog that
 * already has a form) is refused with {@link Unexpected}, and the caller signs through PDFBox instead.
 */
final class SignedUpdate {
    /** The saved file is not as this class expects it; sign it through PDFBox. */
    static final class Unexpected extends Exception {
        Unexpected(String what) {
            super(what);
        }
    }

    /** Makes the CMS signature over the bytes the byte range covers. */
    @FunctionalInterface
    interface Cms {
        byte[] sign(byte[] file, int[] byteRange) throws IOException;
    }

    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$");
    private static final Pattern ROOT = Pattern.compile("/Root (\\d+) 0 R");
    private static final Pattern INFO = Pattern.compile("/Info (\\d+) 0 R");
    private static final Pattern SIZE = Pattern.compile("/Size (\\d+)");
    private static final Pattern ID = Pattern.compile("/ID \\[<([0-9A-Fa-f]+)>");
    private static final Pattern PAGES = Pattern.compile("/Pages (\\d+) 0 R");
    private static final Pattern FIRST_KID = Pattern.compile("/Kids \\[(\\d+) 0 R");
    /** Room for "[0 a b c]" with three ten-digit numbers. */
    private static final int BYTE_RANGE_WIDTH = 40;

    private SignedUpdate() {}

    /**
     * Writes {@code saved} and the signed update after it to {@code out}.
     *
     * @param reserve bytes kept for the CMS signature (written as twice as many hex digits)
     */
    static void write(byte[] saved, String name, String reason, String location, String date, int reserve, Cms cms,
            OutputStream out) throws IOException, Unexpected {
        String text = new String(saved, StandardCharsets.ISO_8859_1);
        Matcher end = STARTXREF.matcher(text.substring(Math.max(0, text.length() - 64)));
        if (!end.find()) {
            throw new Unexpected("no startxref at the end");
        }
        int prev = Integer.parseInt(end.group(1));
        if (!text.startsWith("xref", prev)) {
            throw new Unexpected("no cross-reference table where startxref points");
        }
        int trailerAt = text.indexOf("trailer", prev);
        if (trailerAt < 0) {
            throw new Unexpected("no trailer");
        }
        String trailer = text.substring(trailerAt);
        int root = number(ROOT, trailer);
        Matcher info = INFO.matcher(trailer);
        String infoEntry = info.find() ? "/Info " + info.group(1) + " 0 R\n" : "";
        int size = number(SIZE, trailer);
        byte[] newId = new byte[32];
        ThreadLocalRandom.current().nextBytes(newId);
        Matcher id = ID.matcher(trailer);
        // The file's first identifier stays; the second is new with each update.
        String firstId = id.find() ? id.group(1) : hex(newId);
        TreeMap<Integer, Integer> offsets = xref(text, prev, trailerAt);
        String catalog = dictionary(text, offsets, root);
        int pages = number(PAGES, catalog);
        int page = number(FIRST_KID, dictionary(text, offsets, pages));
        String pageDict = dictionary(text, offsets, page);
        if (catalog.contains("/AcroForm") || pageDict.contains("/Annots") || !pageDict.contains("/Type /Page\n")) {
            throw new Unexpected("a form, annotations or an unusual first page");
        }
        int widget = size;
        int signature = size + 1;
        int appearance = size + 2;
        int form = size + 3;

        Update u = new Update(saved.length);
        u.ascii("\r\n");
        u.start(widget);
        u.ascii("<<\n/FT /Sig\n/Type /Annot\n/Subtype /Widget\n/F 132\n/T (Signature1)\n/V " + signature
                + " 0 R\n/P " + page + " 0 R\n/Rect [0.0 0.0 0.0 0.0]\n/AP " + appearance + " 0 R\n>>\n");
        u.end();
        u.start(signature);
        u.ascii("<<\n/Type /Sig\n/Filter /Adobe.PPKLite\n/SubFilter /ETSI.CAdES.detached\n/Name ");
        u.string(name);
        u.ascii("\n/Reason ");
        u.string(reason);
        u.ascii("\n/Location ");
        u.string(location);
        u.ascii("\n/M ");
        u.string(date);
        u.ascii("\n/Contents ");
        int contents = u.position();
        byte[] placeholder = new byte[reserve * 2 + 2];
        java.util.Arrays.fill(placeholder, (byte) '0');
        placeholder[0] = '<';
        placeholder[placeholder.length - 1] = '>';
        u.bytes.writeBytes(placeholder);
        int afterContents = u.position();
        u.ascii("\n/ByteRange ");
        int byteRange = u.position();
        u.ascii(" ".repeat(BYTE_RANGE_WIDTH));
        u.ascii("\n>>\n");
        u.end();
        u.start(page);
        u.ascii(insertBeforeEnd(pageDict, "/Annots [" + widget + " 0 R]\n") + "\n");
        u.end();
        u.start(appearance);
        u.ascii("<<\n/N " + form + " 0 R\n>>\n");
        u.end();
        u.start(form);
        u.ascii("<<\n/Length 0\n/Type /XObject\n/Subtype /Form\n/BBox [0.0 0.0 0.0 0.0]\n>>\nstream\n\nendstream\n");
        u.end();
        u.start(root);
        u.ascii(insertBeforeEnd(catalog, "/AcroForm <<\n/Fields [" + widget + " 0 R]\n/SigFlags 3\n>>\n") + "\n");
        u.end();
        int xref = u.position();
        u.xref();
        u.ascii("trailer\n<<\n/Root " + root + " 0 R\n" + infoEntry + "/ID [<" + firstId + "> <"
                + hex(newId) + ">]\n/Size " + (size + 4) + "\n/Prev " + prev + "\n>>\nstartxref\n" + xref + "\n%%EOF\n");

        byte[] update = u.bytes.toByteArray();
        int[] range = {0, contents, afterContents, u.position() - afterContents};
        byte[] ranges = ("[0 " + range[1] + " " + range[2] + " " + range[3] + "]").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(ranges, 0, update, byteRange - saved.length, ranges.length);
        byte[] file = new byte[saved.length + update.length];
        System.arraycopy(saved, 0, file, 0, saved.length);
        System.arraycopy(update, 0, file, saved.length, update.length);
        byte[] signed = cms.sign(file, range);
        if (signed.length > reserve) {
            throw new IOException("the signature (" + signed.length + " bytes) is larger than the room kept for it");
        }
        byte[] hex = hex(signed).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(hex, 0, file, contents + 1, hex.length);
        out.write(file);
    }

    private static int number(Pattern p, String in) throws Unexpected {
        Matcher m = p.matcher(in);
        if (!m.find()) {
            throw new Unexpected("not found: " + p.pattern());
        }
        return Integer.parseInt(m.group(1));
    }

    /** The offsets of the objects in the table at {@code at}, by object number. */
    private static TreeMap<Integer, Integer> xref(String text, int at, int trailerAt) throws Unexpected {
        TreeMap<Integer, Integer> offsets = new TreeMap<>();
        String[] lines = text.substring(at, trailerAt).split("\r?\n");
        int i = 1;
        try {
            while (i < lines.length && !lines[i].isBlank()) {
                String[] head = lines[i++].trim().split(" ");
                int first = Integer.parseInt(head[0]);
                int count = Integer.parseInt(head[1]);
                for (int k = 0; k < count; k++) {
                    String entry = lines[i++].trim();
                    if (entry.endsWith("n")) {
                        offsets.put(first + k, Integer.parseInt(entry.substring(0, 10)));
                    }
                }
            }
        } catch (RuntimeException e) {
            throw new Unexpected("an unreadable cross-reference table");
        }
        return offsets;
    }

    /** The dictionary of object {@code n} as written ("<<" to ">>"), which must not be a stream. */
    private static String dictionary(String text, TreeMap<Integer, Integer> offsets, int n) throws Unexpected {
        Integer at = offsets.get(n);
        String head = n + " 0 obj\n";
        if (at == null || !text.startsWith(head, at)) {
            throw new Unexpected("object " + n + " is not where the table says");
        }
        int end = text.indexOf("\nendobj", at);
        String body = end < 0 ? "" : text.substring(at + head.length(), end);
        if (!body.startsWith("<<") || !body.endsWith(">>") || body.contains("stream")) {
            throw new Unexpected("object " + n + " is not a plain dictionary");
        }
        return body;
    }

    private static String insertBeforeEnd(String dictionary, String entries) {
        return dictionary.substring(0, dictionary.length() - 2) + entries + ">>";
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /** The update's bytes, and where each object begins in the whole file. */
    private static final class Update {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        final int base;
        final TreeMap<Integer, Integer> objects = new TreeMap<>();

        Update(int base) {
            this.base = base;
        }

        int position() {
            return base + bytes.size();
        }

        void start(int n) {
            objects.put(n, position());
            ascii(n + " 0 obj\n");
        }

        void end() {
            ascii("endobj\n");
        }

        void ascii(String s) {
            bytes.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        }

        /** A text string as PDFBox writes it: PDFDocEncoding when it can, else UTF-16 with a byte order mark. */
        void string(String s) throws IOException {
            COSWriter.writeString(new COSString(s), bytes);
        }

        /** The cross-reference section of the objects written: runs of consecutive numbers, object 0 first. */
        void xref() {
            ascii("xref\n");
            List<int[]> entries = new ArrayList<>();
            entries.add(new int[] {0, -1});
            objects.forEach((n, at) -> entries.add(new int[] {n, at}));
            for (int i = 0; i < entries.size(); ) {
                int j = i;
                while (j + 1 < entries.size() && entries.get(j + 1)[0] == entries.get(j)[0] + 1) {
                    j++;
                }
                ascii(entries.get(i)[0] + " " + (j - i + 1) + "\n");
                for (int k = i; k <= j; k++) {
                    int at = entries.get(k)[1];
                    if (at < 0) {
                        ascii("0000000000 65535 f\r\n");
                    } else {
                        String offset = Integer.toString(at);
                        ascii("0".repeat(10 - offset.length()) + offset + " 00000 n\r\n");
                    }
                }
                i = j + 1;
            }
        }
    }
}
