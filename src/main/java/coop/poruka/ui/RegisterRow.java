package coop.poruka.ui;

import java.util.UUID;

/**
 * One leg of an exchange in the register, ready to show; an exchange of several legs takes
 * several rows, each with its date and id so a row read alone still says where it belongs.
 *
 * @param mark what the reversal links say ("Reverses 1a2b3c4d", "Reversed by 5e6f7a8b"), or empty
 */
public record RegisterRow(UUID exchangeId, long seq, String date, String shortId, String supplier, String receiver,
        String amount, String memo, Kind kind, String mark) {

    public enum Kind {
        EXCHANGE, REVERSAL, REVERSED
    }
}
