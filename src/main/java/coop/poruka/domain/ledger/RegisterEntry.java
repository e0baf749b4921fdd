package coop.poruka.domain.ledger;

import java.util.UUID;

/**
 * One exchange of the register with its reversal links: a reversal names what it reverses in
 * {@code posted().exchange().reverses()}; a reversed exchange names its reversal here.
 *
 * @param reversedBy the id of the exchange that reverses this one, or null
 */
public record RegisterEntry(PostedExchange posted, UUID reversedBy) {
    public Exchange exchange() {
        return posted.exchange();
    }

    public boolean isReversed() {
        return reversedBy != null;
    }
}
