package coop.poruka.ui;

import coop.poruka.ui.CounterViewModel.Suggestion;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

/**
 * Offers members under a text field as the clerk types. The list lies on an overlay of the same
 * scene rather than in a popup window, so the keyboard never leaves the field: Down and Up move
 * through the list, Enter or Tab picks, Esc closes it. One list serves every field of the screen.
 */
final class MemberCompletion {
    private static final int ROW_HEIGHT = 32;

    private final Pane overlay;
    private final Function<String, List<Suggestion>> suggest;
    private final ListView<Suggestion> list = new ListView<>();
    private TextField owner;
    private boolean picking;

    MemberCompletion(Pane overlay, Function<String, List<Suggestion>> suggest) {
        this.overlay = overlay;
        this.suggest = suggest;
        list.setId("counterSuggestions");
        list.getStyleClass().add("member-suggestions");
        list.setFocusTraversable(false);
        list.setVisible(false);
        list.setManaged(false);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Suggestion s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                Label code = new Label(s.code());
                code.getStyleClass().add("suggestion-code");
                HBox row = new HBox(10, code, new Label(s.name()));
                setGraphic(row);
            }
        });
        list.setOnMouseClicked(e -> {
            if (owner != null) {
                pick(owner);
            }
        });
    }

    /** Lets {@code field} offer members. */
    void attach(TextField field) {
        field.textProperty().addListener((o, before, now) -> {
            if (!picking && field.isFocused()) {
                offer(field, now);
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is && owner == field) {
                hide();
            }
        });
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (owner != field || !list.isVisible()) {
                return;
            }
            switch (e.getCode()) {
                case DOWN -> move(1, e);
                case UP -> move(-1, e);
                case ENTER -> {
                    pick(field);
                    e.consume();
                }
                // Tab picks and then moves on as usual.
                case TAB -> pick(field);
                case ESCAPE -> {
                    hide();
                    e.consume();
                }
                default -> { }
            }
        });
    }

    boolean isShowing() {
        return list.isVisible();
    }

    private void move(int step, KeyEvent e) {
        int size = list.getItems().size();
        int at = Math.floorMod(list.getSelectionModel().getSelectedIndex() + step, size);
        list.getSelectionModel().select(at);
        list.scrollTo(at);
        e.consume();
    }

    private void offer(TextField field, String text) {
        List<Suggestion> found = suggest.apply(text);
        // Nothing to choose when the field already names exactly the one member found.
        if (found.isEmpty() || found.size() == 1 && found.get(0).text().equals(text)) {
            hide();
            return;
        }
        owner = field;
        list.getItems().setAll(found);
        list.getSelectionModel().select(0);
        Bounds b = overlay.sceneToLocal(field.localToScene(field.getBoundsInLocal()));
        double width = Math.max(b.getWidth(), 340);
        list.resizeRelocate(b.getMinX(), b.getMaxY() + 2, width, found.size() * ROW_HEIGHT + 8);
        if (list.getParent() == null) {
            // Added when first needed: a hidden list is still styled and laid out with the window.
            overlay.getChildren().add(list);
        }
        list.setVisible(true);
    }

    private void pick(TextField field) {
        Suggestion s = list.getSelectionModel().getSelectedItem();
        if (s != null) {
            picking = true;
            field.setText(s.text());
            field.end();
            picking = false;
        }
        hide();
    }

    private void hide() {
        list.setVisible(false);
        owner = null;
    }
}
