package coop.poruka.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The first start's three ways on: explore the demo, start a co-op, open a ledger. Layout only. */
final class WelcomeView {
    private final VBox root;
    private final Button explore;

    WelcomeView(WelcomeViewModel vm, Runnable onExplore, Runnable onNewCoop, Consumer<Path> onOpen) {
        Labels labels = vm.labels();
        Label title = new Label(labels.get("welcome.title"));
        title.getStyleClass().add("welcome-title");
        Label intro = new Label(vm.intro());
        intro.setId("welcomeIntro");
        intro.setWrapText(true);
        intro.getStyleClass().add("welcome-intro");
        intro.setMinHeight(Region.USE_PREF_SIZE);

        explore = choice("exploreDemo", labels.get("welcome.explore"), labels.get("welcome.exploreHint"));
        explore.setDefaultButton(true);
        explore.setOnAction(e -> onExplore.run());
        Button newCoop = choice("newCoop", labels.get("welcome.newCoop"), labels.get("welcome.newCoopHint"));
        newCoop.setOnAction(e -> onNewCoop.run());
        Button open = choice("openLedger", labels.get("welcome.open"), labels.get("welcome.openHint"));
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(labels.get("welcome.open"));
            File dir = vm.dataDirectory().toFile();
            if (dir.isDirectory()) {
                chooser.setInitialDirectory(dir);
            }
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(vm.fileType(), vm.filePattern()));
            File file = chooser.showOpenDialog(open.getScene().getWindow());
            vm.chosen(file == null ? null : file.toPath()).ifPresent(onOpen);
        });

        Label error = new Label();
        error.setId("welcomeError");
        error.setWrapText(true);
        error.getStyleClass().addAll("form-message", "failure");
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());

        root = new VBox(12, title, intro, explore, newCoop, open, error);
        vm.samples().ifPresent(where -> {
            Label samples = new Label(where);
            samples.setId("welcomeSamples");
            samples.setWrapText(true);
            samples.getStyleClass().add("choice-hint");
            samples.setMinHeight(Region.USE_PREF_SIZE);
            root.getChildren().add(samples);
        });
        root.setId("welcomeView");
        root.getStyleClass().add("welcome-view");
    }

    /** A wide button with its consequence written under its name. */
    private static Button choice(String id, String text, String hint) {
        Label name = new Label(text);
        name.getStyleClass().add("choice-name");
        Label under = new Label(hint);
        under.getStyleClass().add("choice-hint");
        Button b = new Button(null, new VBox(2, name, under));
        b.setId(id);
        b.setMnemonicParsing(false);
        b.getStyleClass().add("welcome-choice");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMaxHeight(Region.USE_PREF_SIZE);
        b.setAccessibleText(text);
        return b;
    }

    Parent root() {
        return root;
    }

    void focus() {
        explore.requestFocus();
    }
}
