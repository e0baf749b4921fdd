package coop.poruka.domain.office;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.Text;
import coop.poruka.domain.money.Unit;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** The co-op this ledger belongs to, its unit of account and the office that keeps it. */
public record CoopSettings(UUID coopId, String name, Unit unit, String officeCode, String officeName) {
    private static final Pattern OFFICE = Pattern.compile("[A-Z][A-Z0-9]{1,7}");

    public CoopSettings {
        Objects.requireNonNull(coopId, "coopId");
        name = Text.required(name, 200, "co-op name");
        Objects.requireNonNull(unit, "unit");
        officeCode = officeCode(officeCode);
        officeName = Text.required(officeName, 200, "office name");
    }

    /** An office code in its stored form (upper case), or a refusal naming the bad code. */
    public static String officeCode(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!OFFICE.matcher(c).matches()) {
            throw new LedgerException("office.badCode", c);
        }
        return c;
    }
}
