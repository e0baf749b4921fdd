package coop.poruka.ui;

import coop.poruka.domain.member.MemberStatus;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the member editor shows: the fields as typed, and beside each one the sentence that says
 * what is wrong with it (empty when nothing is). No Nodes, so it is tested without a screen.
 */
public final class MemberForm {
    private final BooleanProperty adding = new SimpleBooleanProperty(this, "adding", true);
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty creditLimit = new SimpleStringProperty(this, "creditLimit", "");
    private final StringProperty contact = new SimpleStringProperty(this, "contact", "");
    private final ObjectProperty<MemberStatus> status = new SimpleObjectProperty<>(this, "status", MemberStatus.ACTIVE);
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

    private final StringProperty codeError = new SimpleStringProperty(this, "codeError", "");
    private final StringProperty nameError = new SimpleStringProperty(this, "nameError", "");
    private final StringProperty creditLimitError = new SimpleStringProperty(this, "creditLimitError", "");
    private final StringProperty contactError = new SimpleStringProperty(this, "contactError", "");
    private final StringProperty reasonError = new SimpleStringProperty(this, "reasonError", "");
    private final StringProperty formError = new SimpleStringProperty(this, "formError", "");

    /** Empties every field and message; {@code adding} says whether the code may be typed. */
    void reset(boolean isNew) {
        adding.set(isNew);
        code.set("");
        name.set("");
        creditLimit.set("");
        contact.set("");
        status.set(MemberStatus.ACTIVE);
        reason.set("");
        clearErrors();
    }

    void clearErrors() {
        for (StringProperty p : new StringProperty[] {codeError, nameError, creditLimitError, contactError,
                reasonError, formError}) {
            p.set("");
        }
    }

    boolean hasErrors() {
        for (StringProperty p : new StringProperty[] {codeError, nameError, creditLimitError, contactError,
                reasonError, formError}) {
            if (!p.get().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** True for a new member (the code is typed), false when changing one (the code is fixed). */
    public BooleanProperty addingProperty() {
        return adding;
    }

    public boolean isAdding() {
        return adding.get();
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The credit limit as typed, in units with '.' as the decimal point (like "200.00"). */
    public StringProperty creditLimitProperty() {
        return creditLimit;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public ObjectProperty<MemberStatus> statusProperty() {
        return status;
    }

    /** Why a member is changed: the journal keeps it with the new version. */
    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty codeErrorProperty() {
        return codeError;
    }

    public StringProperty nameErrorProperty() {
        return nameError;
    }

    public StringProperty creditLimitErrorProperty() {
        return creditLimitError;
    }

    public StringProperty contactErrorProperty() {
        return contactError;
    }

    public StringProperty reasonErrorProperty() {
        return reasonError;
    }

    /** A refusal that belongs to no single field. */
    public StringProperty formErrorProperty() {
        return formError;
    }
}
