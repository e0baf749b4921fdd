package coop.poruka.ui;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** What the window shows while the ledger opens (or the demo co-op is made), or why it could not open. */
final class StartView {
    private final VBox root;

    StartView(StartViewModel vm) {
        Labels labels = vm.labels();
        Label name = new Label(labels.get("app.name"));
        name.getStyleClass().add("start-title");

        Label message = new Label();
        message.setId("startMessage");
        message.setWrapText(true);
        message.setMaxWidth(640);
        message.setAlignment(Pos.CENTER);
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("start-message");

        ProgressBar progress = new ProgressBar();
        progress.setId("startProgress");
        progress.setPrefWidth(360);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.failedProperty().not());
        progress.managedProperty().bind(progress.visibleProperty());

        Button close = new Button(labels.get("start.close"));
        close.setId("closeButton");
        close.setCancelButton(true);
        close.visibleProperty().bind(vm.failedProperty());
        close.managedProperty().bind(close.visibleProperty());
        close.setOnAction(e -> close.getScene().getWindow().hide());

        Button back = new Button(labels.get("start.back"));
        back.setId("backButton");
        back.visibleProperty().bind(vm.failedProperty().and(vm.backOfferedProperty()));
        back.managedProperty().bind(back.visibleProperty());
        back.setOnAction(e -> vm.back());
        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(10, back, close);
        buttons.setAlignment(Pos.CENTER);

        root = new VBox(18, name, message, progress, buttons);
        root.setId("startView");
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("start-view");
        vm.failedProperty().addListener((o, was, failed) -> {
            if (failed) {
                message.getStyleClass().add("failure");
                (back.isVisible() ? back : close).requestFocus();
            }
        });
    }

    Parent root() {
        return root;
    }
}
