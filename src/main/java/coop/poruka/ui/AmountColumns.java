package coop.poruka.ui;

import java.util.function.Function;
import java.util.function.LongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** The one way a table shows an amount: right-aligned, in the unit's decimals, a negative one marked. */
final class AmountColumns {
    static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");

    private AmountColumns() {}

    /**
     * @param format       minor units to the text shown (the screen's {@link Formats#amount})
     * @param markNegative whether a negative amount is marked (a limit is never negative, a debt is)
     */
    static <R> TableColumn<R, Long> of(String id, String title, Function<R, Long> value, LongFunction<String> format,
            boolean markNegative) {
        TableColumn<R, Long> column = new TableColumn<>(title);
        column.setId(id);
        column.getStyleClass().add("amount");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long minor, boolean empty) {
                super.updateItem(minor, empty);
                setText(empty || minor == null ? null : format.apply(minor));
                pseudoClassStateChanged(NEGATIVE, markNegative && !empty && minor != null && minor < 0);
            }
        });
        return column;
    }
}
