package coop.poruka.domain.member;

/** ACTIVE members trade freely; SUSPENDED and LEFT members may not go further into debit. */
public enum MemberStatus {
    ACTIVE, SUSPENDED, LEFT;

    public boolean mayReceiveCredit() {
        return this == ACTIVE;
    }
}
