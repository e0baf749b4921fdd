package coop.poruka.ui;

import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The pieces every form is made of: a text field bound to a {@link Field}, with its mistake right under it. */
final class Forms {
    private Forms() {}

    static TextField text(Field f, String id, String prompt, int columns) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.setPrefColumnCount(columns);
        t.textProperty().bindBidirectional(f.valueProperty());
        f.errorProperty().addListener((o, was, now) -> {
            t.getStyleClass().remove("field-error");
            if (!now.isEmpty()) {
                t.getStyleClass().add("field-error");
            }
        });
        return t;
    }

    /** The control with the field's mistake under it; the line takes no room while there is none. */
    static VBox withError(Node control, Field f, String errorId) {
        Label error = new Label();
        error.setId(errorId);
        error.getStyleClass().add("field-message");
        error.setWrapText(true);
        error.textProperty().bind(f.errorProperty());
        error.visibleProperty().bind(f.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(3, control, error);
        box.setFillWidth(false);
        return box;
    }

    /** A grid of "label: input" rows with the labels right-aligned. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(190);
        labels.setPrefWidth(190);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);
        return grid;
    }

    /** Adds a row to a {@link #grid()}; the label names the input for screen readers and mnemonics. */
    static void row(GridPane grid, String label, Node input, Node inputWithError) {
        Label l = new Label(label);
        l.setLabelFor(input);
        l.getStyleClass().add("form-label");
        int row = grid.getRowCount();
        grid.add(l, 0, row);
        grid.add(inputWithError, 1, row);
        GridPane.setValignment(l, VPos.TOP);
    }

    static void row(GridPane grid, String label, TextField input, Field f) {
        row(grid, label, input, withError(input, f, input.getId() + "Error"));
    }

    static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-section");
        return l;
    }

    /** The co-op's name, unit and office, as the wizard and the settings screen both show them. */
    static VBox coopFields(CoopForm form, Labels labels, Node decimalsNote) {
        GridPane coop = grid();
        row(coop, labels.get("coopForm.name"), text(form.name(), "coopNameField",
                labels.get("coopForm.namePrompt"), 28), form.name());
        GridPane unit = grid();
        row(unit, labels.get("coopForm.unitName"), text(form.unitName(), "unitNameField",
                labels.get("coopForm.unitNamePrompt"), 16), form.unitName());
        row(unit, labels.get("coopForm.unitSymbol"), text(form.unitSymbol(), "unitSymbolField",
                labels.get("coopForm.unitSymbolPrompt"), 5), form.unitSymbol());
        TextField decimals = text(form.decimals(), "decimalsField", "0–4", 3);
        VBox decimalsBox = withError(decimals, form.decimals(), "decimalsFieldError");
        if (decimalsNote != null) {
            decimalsBox.getChildren().add(decimalsNote);
        }
        row(unit, labels.get("coopForm.decimals"), decimals, decimalsBox);
        GridPane office = grid();
        row(office, labels.get("coopForm.officeCode"), text(form.officeCode(), "officeCodeField",
                labels.get("coopForm.officeCodePrompt"), 8), form.officeCode());
        row(office, labels.get("coopForm.officeName"), text(form.officeName(), "officeNameField",
                labels.get("coopForm.officeNamePrompt"), 28), form.officeName());
        VBox all = new VBox(8, section(labels.get("coopForm.coopSection")), coop,
                section(labels.get("coopForm.unitSection")), unit,
                section(labels.get("coopForm.officeSection")), office);
        all.getStyleClass().add("form");
        return all;
    }

    /** A column showing text taken from each row, in list order; amounts are right-aligned. */
    static <R> TableColumn<R, String> textColumn(String title, Function<R, String> value, boolean amount) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        if (amount) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return c;
    }

    /** The same, {@code width} pixels wide to start with. */
    static <R> TableColumn<R, String> textColumn(String title, Function<R, String> value, boolean amount, double width) {
        TableColumn<R, String> c = textColumn(title, value, amount);
        c.setPrefWidth(width);
        return c;
    }

    /** A label naming {@code field} (for screen readers and mnemonics) that never shrinks below its text. */
    static Label labelFor(String text, Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** A button running an action of the view model, which says beside the fields why it refused. */
    static Button button(String id, String text, BooleanSupplier action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.getAsBoolean());
        return b;
    }
}
