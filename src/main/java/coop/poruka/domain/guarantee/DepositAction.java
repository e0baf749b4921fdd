package coop.poruka.domain.guarantee;

/** What happened to a deposit: money came in (PLACE, TOPUP) or went out (DRAW, RETURN). */
public enum DepositAction {
    PLACE, TOPUP, DRAW, RETURN;

    /** +1 for money coming in, -1 for money going out. */
    public int sign() {
        return this == PLACE || this == TOPUP ? 1 : -1;
    }
}
