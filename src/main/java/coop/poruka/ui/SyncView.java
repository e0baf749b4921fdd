package coop.poruka.ui;

import coop.poruka.ui.SyncViewModel.AddedRow;
import coop.poruka.ui.SyncViewModel.OfficeRow;
import coop.poruka.ui.SyncViewModel.Scope;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.StringExpression;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The sync screen: the keystore password, what this office holds from each office, and beside
 * each other taking in a file (checked and previewed, then applied or put away) and writing one.
 * From the keyboard: Enter in the password or the file field checks the file.
 */
public final class SyncView implements Screen {
    private static final String SYNC_ENDING = "*.poruka-sync";

    private final SyncViewModel vm;
    private final Labels labels;
    private final VBox root = new VBox(10);
    private final PasswordField password = new PasswordField();
    private final TextField file;

    public SyncView(SyncViewModel vm) {
        this.vm = vm;
        this.labels = vm.labels();
        root.setId("syncView");
        root.getStyleClass().add("pane");
        root.setPadding(new Insets(12));
        Label title = new Label(labels.get("sync.title"));
        title.getStyleClass().add("pane-title");
        Label help = muted(labels.get("sync.help"));

        Label keystore = new Label();
        keystore.setId("syncKeystore");
        keystore.textProperty().bind(vm.keystoreLineProperty());
        keystore.setMinWidth(Region.USE_PREF_SIZE);
        Button otherKeystore = Forms.button("syncOtherKeystore", labels.get("sync.otherKeystore"), this::chooseKeystore);
        otherKeystore.getStyleClass().addAll("small", "flat");
        password.setId("syncPassword");
        password.setPromptText(labels.get("sync.passwordPrompt"));
        password.setPrefColumnCount(16);
        password.textProperty().bindBidirectional(vm.password().valueProperty());
        password.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                vm.preview();
            }
        });
        HBox keys = new HBox(8, keystore, otherKeystore, labelFor("sync.password", password),
                Forms.withError(password, vm.password(), "syncPasswordError"));
        keys.setAlignment(Pos.TOP_LEFT);

        TableView<OfficeRow> offices = new TableView<>(vm.offices());
        offices.setId("syncOffices");
        offices.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        offices.getColumns().add(column("sync.col.office", OfficeRow::office, false, 170));
        offices.getColumns().add(column("sync.col.held", OfficeRow::held, false, 170));
        offices.getColumns().add(column("sync.col.missing", OfficeRow::missing, false, 330));
        offices.getColumns().add(column("sync.col.nextFile", OfficeRow::nextFile, false, 200));
        offices.setPlaceholder(new Label(labels.get("sync.noOffices")));
        // As tall as its offices (up to four), so the file's preview below gets the room.
        offices.setFixedCellSize(34);
        offices.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> 48 + 34.0 * Math.max(1, Math.min(4, vm.offices().size())), vm.offices()));
        offices.minHeightProperty().bind(offices.prefHeightProperty());
        Label forks = muted("");
        forks.setId("syncForks");
        forks.textProperty().bind(vm.forksProperty());

        file = new TextField();
        file.setId("syncFile");
        file.setPromptText(labels.get("sync.filePrompt"));
        file.textProperty().bindBidirectional(vm.file().valueProperty());
        file.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                vm.preview();
            }
        });
        vm.file().errorProperty().addListener((o, was, now) -> {
            file.getStyleClass().remove("field-error");
            if (!now.isEmpty()) {
                file.getStyleClass().add("field-error");
            }
        });
        file.setMaxWidth(Double.MAX_VALUE);
        Button choose = Forms.button("syncChooseFile", labels.get("sync.chooseFile"), this::chooseFile);
        Button check = Forms.button("syncPreview", labels.get("sync.preview"), vm::preview);
        HBox fileRow = new HBox(8, file, choose, check);
        HBox.setHgrow(file, Priority.ALWAYS);
        Label refusal = sentence("syncFileError", vm.file().errorProperty(), true);

        Label summary = sentence("syncSummary", vm.summaryProperty(), false);
        TableView<AddedRow> added = new TableView<>(vm.added());
        added.setId("syncAdded");
        added.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        added.getColumns().add(column("sync.col.from", AddedRow::office, false, 90));
        added.getColumns().add(column("sync.col.kind", AddedRow::kind, false, 220));
        added.getColumns().add(column("sync.col.count", AddedRow::count, true, 90));
        added.setPlaceholder(new Label(labels.get("sync.nothingToAdd")));
        added.setPrefHeight(170);
        added.setMinHeight(120);
        VBox.setVgrow(added, Priority.ALWAYS);
        Label gaps = sentence("syncGaps", vm.gapsProperty(), true);
        Button apply = Forms.button("syncApply", labels.get("sync.apply"), vm::apply);
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(vm.canApplyProperty().not());
        Button cancel = Forms.button("syncCancel", labels.get("sync.cancel"), () -> {
            vm.cancel();
            return true;
        });
        HBox decide = new HBox(8, apply, cancel);
        VBox preview = new VBox(6, summary, added, gaps, decide);
        preview.setId("syncPreviewBox");
        preview.visibleProperty().bind(vm.previewShownProperty());
        preview.managedProperty().bind(preview.visibleProperty());
        Label imported = sentence("syncImportDone", vm.importDoneProperty(), false);
        VBox importBox = new VBox(8, Forms.section(labels.get("sync.importSection")), muted(labels.get("sync.importHelp")),
                fileRow, refusal, preview, imported);
        importBox.setMinWidth(0);
        VBox.setVgrow(preview, Priority.ALWAYS);

        VBox exportBox = exportBox();
        HBox.setHgrow(importBox, Priority.ALWAYS);
        importBox.setPrefWidth(560);
        exportBox.setPrefWidth(400);
        HBox both = new HBox(24, importBox, exportBox);
        VBox.setVgrow(both, Priority.ALWAYS);

        root.getChildren().addAll(title, help, keys, Forms.section(labels.get("sync.heldSection")), offices, forks, both);
        vm.setSaveAs(this::saveAs);
    }

    private VBox exportBox() {
        ComboBox<String> target = new ComboBox<>(vm.targets());
        target.setId("syncTarget");
        target.valueProperty().bindBidirectional(vm.targetProperty());
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return vm.targetName(code);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        ToggleGroup group = new ToggleGroup();
        RadioButton unconfirmed = radio("syncScopeUnconfirmed", "sync.scope.unconfirmed", Scope.UNCONFIRMED, group);
        unconfirmed.disableProperty().bind(vm.targetProperty().isEqualTo("").or(vm.targetProperty().isNull()));
        RadioButton all = radio("syncScopeAll", "sync.scope.all", Scope.ALL, group);
        RadioButton since = radio("syncScopeSince", "sync.scope.since", Scope.SINCE, group);
        DatePicker date = new DatePicker();
        date.setId("syncSince");
        date.valueProperty().bindBidirectional(vm.sinceProperty());
        date.setPrefWidth(150);
        date.disableProperty().bind(since.selectedProperty().not());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.scopeProperty().set((Scope) now.getUserData());
            }
        });
        vm.scopeProperty().addListener((o, was, now) -> select(group, now));
        select(group, vm.scopeProperty().get());
        HBox sinceRow = new HBox(8, since, date);
        sinceRow.setAlignment(Pos.CENTER_LEFT);
        Button save = Forms.button("syncExport", labels.get("sync.export"), vm::export);
        Label problem = sentence("syncExportProblem", vm.exportProblemProperty(), true);
        Label done = sentence("syncExportDone", vm.exportDoneProperty(), false);
        HBox forRow = new HBox(8, labelFor("sync.for", target), target);
        forRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, Forms.section(labels.get("sync.exportSection")), forRow, unconfirmed, all, sinceRow, save,
                problem, done);
    }

    private static void select(ToggleGroup group, Scope scope) {
        group.getToggles().stream().filter(t -> t.getUserData() == scope).findFirst().ifPresent(t -> t.setSelected(true));
    }

    private RadioButton radio(String id, String key, Scope scope, ToggleGroup group) {
        RadioButton r = new RadioButton(labels.get(key));
        r.setId(id);
        r.setUserData(scope);
        r.setToggleGroup(group);
        return r;
    }

    /** A sentence of the model, wrapped and never cut off; a problem is shown in its colour, and only while there is one. */
    private static Label sentence(String id, StringExpression text, boolean problem) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(text);
        if (problem) {
            l.getStyleClass().add("field-message");
            l.visibleProperty().bind(text.isNotEmpty());
            l.managedProperty().bind(l.visibleProperty());
        }
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pane-count");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private Label labelFor(String key, Node field) {
        Label l = Forms.labelFor(labels.get(key), field);
        l.setPadding(new Insets(4, 0, 0, 0));
        return l;
    }

    private <R> TableColumn<R, String> column(String key, Function<R, String> value, boolean amount, double width) {
        TableColumn<R, String> c = Forms.textColumn(labels.get(key), value, amount);
        c.setPrefWidth(width);
        return c;
    }

    /** The open dialog for a sync file; the file chosen is checked and previewed at once. */
    private boolean chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(labels.get("sync.chooseTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(labels.get("sync.fileType"), SYNC_ENDING));
        folder(vm.file().value().isEmpty() ? null : Path.of(vm.file().value()).getParent(), chooser);
        File chosen = chooser.showOpenDialog(window());
        return chosen != null && vm.preview(chosen.toPath());
    }

    private boolean chooseKeystore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(labels.get("sync.otherKeystore"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(labels.get("sync.keystoreType"), "*.p12"));
        folder(vm.keystore().getParent(), chooser);
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            vm.useKeystore(chosen.toPath());
        }
        return chosen != null;
    }

    private Optional<Path> saveAs(String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(labels.get("sync.export"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(labels.get("sync.fileType"), SYNC_ENDING));
        chooser.setInitialFileName(name);
        folder(vm.keystore().getParent(), chooser);
        return Optional.ofNullable(chooser.showSaveDialog(window())).map(File::toPath);
    }

    private static void folder(Path folder, FileChooser chooser) {
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
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
        (vm.file().value().isEmpty() && !vm.busy() ? password : file).requestFocus();
    }
}
