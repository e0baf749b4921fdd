package coop.poruka.domain.money;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.Text;

/** The co-op's unit of account: its name, symbol and how many decimals it is counted in. */
public record Unit(String name, String symbol, int decimals) {
    public static final int MAX_DECIMALS = 4;

    public Unit {
        name = Text.required(name, 60, "unit name");
        symbol = Text.required(symbol, 8, "unit symbol");
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new LedgerException("unit.decimals", decimals, MAX_DECIMALS);
        }
    }
}
