package coop.poruka.ui;

import java.util.List;

/**
 * One exchange in the latest-exchanges list, ready to show.
 *
 * @param note a reversal's reason, an override's reason or who reversed it; empty when none
 */
public record ExchangeRow(String date, String shortId, Kind kind, String badge, List<LegRow> legs, String note) {

    public enum Kind {
        EXCHANGE, REVERSAL, REVERSED
    }

    /** @param parties "ALM-0001 → ALM-0002": supplier to receiver */
    public record LegRow(String parties, String amount, String memo) {}
}
