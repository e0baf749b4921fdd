package coop.poruka.domain.guarantee;

/** Where a claim stands. */
public enum ClaimStatus {
    /** Waiting for its panel (or the general meeting) to decide. */
    OPEN,
    /** Decided: upheld with an amount or rejected; may still be appealed within the interval. */
    UPHELD, REJECTED,
    /** An upheld claim whose compensation was paid. */
    SETTLED;

    public boolean isOpen() {
        return this == OPEN;
    }
}
