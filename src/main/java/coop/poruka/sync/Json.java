package coop.poruka.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON a sync file needs (objects, arrays, strings, integers), written canonically as
 * docs/sync-format.md says and read strictly: anything else is refused.
 */
final class Json {
    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    /** One JSON value from a whole line; objects come back as insertion-ordered maps. */
    static Object parse(String line) {
        Json j = new Json(line);
        Object v = j.value();
        if (j.at != line.length()) {
            throw new IllegalArgumentException("text after the value");
        }
        return v;
    }

    static void string(StringBuilder b, String s) {
        b.append('"');
        int plain = 0;
        while (plain < s.length() && s.charAt(plain) >= 0x20 && s.charAt(plain) != '"' && s.charAt(plain) != '\\') {
            plain++;
        }
        // Most strings need no escape: copied at once rather than char by char.
        b.append(s, 0, plain);
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    /** Deeper than any manifest goes: a damaged file nested without end is refused, not a stack overflow. */
    private static final int MAX_DEPTH = 16;
    private int depth;

    private Object value() {
        char c = text.charAt(at);
        if ((c == '{' || c == '[') && ++depth > MAX_DEPTH) {
            throw new IllegalArgumentException("nested deeper than " + MAX_DEPTH + " at " + at);
        }
        if (c == '{') {
            Map<String, Object> m = new LinkedHashMap<>();
            at++;
            if (peek('}')) {
                depth--;
                return m;
            }
            do {
                String key = str();
                expect(':');
                m.put(key, value());
            } while (peek(','));
            expect('}');
            depth--;
            return m;
        }
        if (c == '[') {
            List<Object> l = new ArrayList<>();
            at++;
            if (peek(']')) {
                depth--;
                return l;
            }
            do {
                l.add(value());
            } while (peek(','));
            expect(']');
            depth--;
            return l;
        }
        if (c == '"') {
            return str();
        }
        int start = at;
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '-')) {
            at++;
        }
        return Long.parseLong(text.substring(start, at));
    }

    private boolean peek(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw new IllegalArgumentException("expected " + c + " at " + at);
        }
    }

    private String str() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = text.charAt(at++);
            if (c == '"') {
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = text.charAt(at++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    b.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> b.append(e);
            }
        }
    }
}
