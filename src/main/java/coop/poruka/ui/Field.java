package coop.poruka.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One input as typed, with the sentence shown beside it while it is wrong (empty when right). */
public final class Field {
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    public Field() {
        // A mistake shown beside the field goes away as soon as the person corrects the field.
        value.addListener((o, was, now) -> error.set(""));
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public String value() {
        return value.get() == null ? "" : value.get().strip();
    }

    public void set(String text) {
        value.set(text);
        error.set("");
    }

    public boolean ok() {
        return error.get().isEmpty();
    }

    /** Shows {@code sentence} beside the field; returns false so checks read as one expression. */
    public boolean fail(String sentence) {
        error.set(sentence);
        return false;
    }

    public void clearError() {
        error.set("");
    }
}
