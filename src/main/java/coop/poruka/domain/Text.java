package coop.poruka.domain;

import java.text.Normalizer;

/** Bounds and normal form for every piece of text the ledger stores. */
public final class Text {
    private Text() {}

    /** Trimmed, NFC-normalised, without control characters, 1..max characters. */
    public static String required(String value, int max, String what) {
        String v = optional(value, max, what);
        if (v == null || v.isEmpty()) {
            throw new LedgerException("text.required", what);
        }
        return v;
    }

    /** Like {@link #required} but empty becomes "" (memos) or null is kept. */
    public static String optional(String value, int max, String what) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        // Most text is already in NFC; checking is cheaper than normalising a copy, and imports
        // pass every memo and name through here.
        if (!Normalizer.isNormalized(v, Normalizer.Form.NFC)) {
            v = Normalizer.normalize(v, Normalizer.Form.NFC);
        }
        // Every control character is a single UTF-16 unit, so a look at each unit finds them all.
        for (int i = 0; i < v.length(); i++) {
            if (Character.isISOControl(v.charAt(i))) {
                throw new LedgerException("text.control", what);
            }
        }
        if (v.length() > max && v.codePointCount(0, v.length()) > max) {
            throw new LedgerException("text.tooLong", what, max);
        }
        return v;
    }
}
