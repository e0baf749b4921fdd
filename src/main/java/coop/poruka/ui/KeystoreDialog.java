package coop.poruka.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for the office keystore's password when a screen must sign and it was not given yet. */
final class KeystoreDialog {
    private KeystoreDialog() {}

    /**
     * The password typed, or empty when the person cancels; {@code problem} (why the last one did not
     * open the key) is shown under the field.
     */
    static Optional<String> ask(Window owner, Labels labels, String problem) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(labels.get("keystore.dialogTitle"));
        dialog.setHeaderText(null);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        PasswordField field = new PasswordField();
        field.setId("keystoreDialogPassword");
        field.setPromptText(labels.get("keystore.prompt"));
        Label why = new Label(labels.get("keystore.dialogText"));
        why.setWrapText(true);
        Label wrong = new Label(problem == null ? "" : problem);
        wrong.setId("keystoreDialogProblem");
        wrong.getStyleClass().add("field-message");
        wrong.setWrapText(true);
        wrong.setVisible(problem != null && !problem.isEmpty());
        wrong.setManaged(wrong.isVisible());
        VBox content = new VBox(8, why, field, wrong);
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText() : null);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }
}
