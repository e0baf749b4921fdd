package coop.poruka.domain.guarantee;

/**
 * A member's deposit, in its own currency's minor units: what came in (placed, including
 * top-ups) and what went out (drawn for claims, returned to the member).
 */
public record Deposit(String member, String currency, String heldAt, String description, long placed, long drawn,
        long returned) {
    public long held() {
        return placed - drawn - returned;
    }
}
