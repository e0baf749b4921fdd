package coop.poruka.ui;

import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.MemberStatus;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What the member card shows of one member: who they are and where they stand, as text to read. */
public final class MemberCardModel {
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper(this, "code", "");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<MemberStatus> statusValue =
            new ReadOnlyObjectWrapper<>(this, "statusValue", MemberStatus.ACTIVE);
    private final ReadOnlyStringWrapper joined = new ReadOnlyStringWrapper(this, "joined", "");
    private final ReadOnlyStringWrapper contact = new ReadOnlyStringWrapper(this, "contact", "");
    private final ReadOnlyStringWrapper balance = new ReadOnlyStringWrapper(this, "balance", "");
    private final ReadOnlyStringWrapper creditLimit = new ReadOnlyStringWrapper(this, "creditLimit", "");
    private final ReadOnlyStringWrapper available = new ReadOnlyStringWrapper(this, "available", "");
    private final ReadOnlyBooleanWrapper negative = new ReadOnlyBooleanWrapper(this, "negative", false);
    private final ReadOnlyBooleanWrapper overdrawn = new ReadOnlyBooleanWrapper(this, "overdrawn", false);

    void show(Member m, Labels labels, Formats formats) {
        code.set(m.code());
        name.set(m.name());
        status.set(labels.get("status." + m.status().name()));
        statusValue.set(m.status());
        joined.set(formats.date(m.joined()));
        contact.set(m.contact() == null ? labels.get("memberCard.noContact") : m.contact());
        balance.set(formats.amount(m.balance()));
        creditLimit.set(formats.amount(m.creditLimit()));
        available.set(formats.amount(m.available()));
        negative.set(m.balance() < 0);
        overdrawn.set(m.available() < 0);
    }

    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** The status in the person's words. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MemberStatus> statusValueProperty() {
        return statusValue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty joinedProperty() {
        return joined.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty contactProperty() {
        return contact.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty balanceProperty() {
        return balance.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty creditLimitProperty() {
        return creditLimit.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Below zero: the member has promised to supply the community later. */
    public ReadOnlyBooleanProperty negativeProperty() {
        return negative.getReadOnlyProperty();
    }

    /** Past the credit limit (possible after an override or a lowered limit). */
    public ReadOnlyBooleanProperty overdrawnProperty() {
        return overdrawn.getReadOnlyProperty();
    }
}
