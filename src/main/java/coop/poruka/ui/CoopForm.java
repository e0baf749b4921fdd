package coop.poruka.ui;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.money.Unit;
import coop.poruka.domain.office.CoopSettings;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The co-op's name, unit and office as typed, checked field by field so each mistake is shown
 * beside its own field. Shared by the new-co-op wizard and the settings screen.
 */
public final class CoopForm {
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final Labels labels;
    private final Field name = new Field();
    private final Field unitName = new Field();
    private final Field unitSymbol = new Field();
    private final Field decimals = new Field();
    private final Field officeCode = new Field();
    private final Field officeName = new Field();

    public CoopForm(Labels labels) {
        this.labels = labels;
        decimals.set("2");
    }

    public Field name() {
        return name;
    }

    public Field unitName() {
        return unitName;
    }

    public Field unitSymbol() {
        return unitSymbol;
    }

    public Field decimals() {
        return decimals;
    }

    public Field officeCode() {
        return officeCode;
    }

    public Field officeName() {
        return officeName;
    }

    public List<Field> fields() {
        return List.of(name, unitName, unitSymbol, decimals, officeCode, officeName);
    }

    /** Fills the form from settings in force. */
    public void load(CoopSettings s) {
        name.set(s.name());
        unitName.set(s.unit().name());
        unitSymbol.set(s.unit().symbol());
        decimals.set(Integer.toString(s.unit().decimals()));
        officeCode.set(s.officeCode());
        officeName.set(s.officeName());
    }

    /** Checks every field (not just up to the first mistake) and marks each wrong one; true when all are right. */
    public boolean check() {
        boolean ok = text(name, 200);
        ok &= text(unitName, 60);
        ok &= text(unitSymbol, 8);
        ok &= checkDecimals();
        ok &= checkOfficeCode();
        ok &= text(officeName, 200);
        return ok;
    }

    /** The unit as typed; call after {@link #check()} returned true. */
    public Unit unit() {
        return new Unit(unitName.value(), unitSymbol.value(), Integer.parseInt(decimals.value()));
    }

    /** The decimals typed, or -1 while they are not a number from 0 to 4. */
    public int decimalsOrNone() {
        try {
            int d = Integer.parseInt(decimals.value());
            return d >= 0 && d <= Unit.MAX_DECIMALS ? d : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A required piece of text of at most {@code max} characters; false (and marked) when it is not. */
    boolean text(Field f, int max) {
        String v = f.value();
        if (v.isEmpty()) {
            return f.fail(labels.get("form.required"));
        }
        if (CONTROL.matcher(v).find()) {
            return f.fail(labels.get("form.control"));
        }
        if (v.codePointCount(0, v.length()) > max) {
            return f.fail(labels.get("form.tooLong", max));
        }
        f.clearError();
        return true;
    }

    private boolean checkDecimals() {
        if (decimalsOrNone() < 0) {
            return decimals.fail(labels.get("form.decimals"));
        }
        decimals.clearError();
        return true;
    }

    private boolean checkOfficeCode() {
        if (officeCode.value().isEmpty()) {
            return officeCode.fail(labels.get("form.required"));
        }
        try {
            // The domain's own rule and sentence, so the form and the ledger can never disagree.
            new CoopSettings(java.util.UUID.randomUUID(), "x", new Unit("x", "x", 0), officeCode.value(), "x");
        } catch (LedgerException e) {
            return officeCode.fail(e.message(labels.locale()));
        }
        officeCode.clearError();
        return true;
    }
}
