package coop.poruka.domain.guarantee;

/** How a member's credit limit follows from the co-op's rules. */
public enum LimitRule {
    /** The limit set on each member by hand ({@code member change --limit}). */
    FIXED,
    /** The member's own deposit plus the caps of their guarantees, up to the co-op's maximum. */
    DEPOSIT_PLUS_GUARANTEES;

    /** The name used on the command line: fixed, deposit-plus-guarantees. */
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
