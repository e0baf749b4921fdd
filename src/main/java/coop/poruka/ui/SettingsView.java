package coop.poruka.ui;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The co-op's name, unit and office, and the window's language. Layout only. */
final class SettingsView implements Screen {
    private final SettingsViewModel vm;
    private final ScrollPane root;
    private final VBox form;

    SettingsView(SettingsViewModel vm) {
        this.vm = vm;
        Labels labels = vm.labels();
        Label title = new Label(labels.get("settings.title"));
        title.getStyleClass().add("screen-title");

        Label decimalsNote = new Label();
        decimalsNote.setId("decimalsNote");
        decimalsNote.getStyleClass().add("field-note");
        decimalsNote.setWrapText(true);
        decimalsNote.textProperty().bind(vm.decimalsNoteProperty());
        decimalsNote.visibleProperty().bind(vm.decimalsNoteProperty().isNotEmpty());
        decimalsNote.managedProperty().bind(decimalsNote.visibleProperty());
        form = Forms.coopFields(vm.form(), labels, decimalsNote);
        form.lookup("#decimalsField").disableProperty().bind(vm.decimalsEditableProperty().not());

        Button save = new Button(labels.get("settings.save"));
        save.setId("saveSettings");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save());
        Label message = new Label();
        message.setId("settingsMessage");
        message.setWrapText(true);
        message.getStyleClass().add("form-message");
        message.textProperty().bind(vm.messageProperty());
        vm.failedProperty().addListener((o, was, failed) -> {
            message.getStyleClass().remove("failure");
            if (failed) {
                message.getStyleClass().add("failure");
            }
        });
        HBox actions = new HBox(14, save, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("form-actions");

        ComboBox<Locale> language = new ComboBox<>();
        language.setId("languageChoice");
        language.getItems().setAll(SettingsViewModel.LANGUAGES);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : SettingsViewModel.languageName(l);
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(vm.languageProperty());
        Label note = new Label(labels.get(vm.appliesLanguageAtOnce() ? "settings.languageNoteNow"
                : "settings.languageNote"));
        note.setId("languageNote");
        note.getStyleClass().add("field-note");
        note.setWrapText(true);
        GridPane lang = Forms.grid();
        Forms.row(lang, labels.get("settings.language"), language, new VBox(3, language, note));

        VBox content = new VBox(8, title, form, actions, Forms.section(labels.get("settings.languageSection")), lang);
        content.setId("settingsView");
        content.getStyleClass().add("settings-view");
        content.setMaxWidth(760);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.getStyleClass().add("settings-scroll");
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void refresh() {
        vm.refresh();
    }

    @Override
    public void focus() {
        form.lookup("#coopNameField").requestFocus();
    }
}
