package coop.poruka.ui;

import coop.poruka.ui.NewCoopViewModel.MemberDraft;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * A new co-op on one page, filled in from the keyboard top to bottom; Enter creates it. Layout
 * only: the model checks and creates.
 */
final class NewCoopWizard {
    private final NewCoopViewModel vm;
    private final Labels labels;
    private final BorderPane root = new BorderPane();
    private final GridPane memberGrid = new GridPane();
    private final VBox coopFields;

    NewCoopWizard(NewCoopViewModel vm, Consumer<Path> onCreated, Runnable onCancel) {
        this.vm = vm;
        this.labels = vm.labels();
        Label title = new Label(labels.get("wizard.title"));
        title.getStyleClass().add("screen-title");

        coopFields = Forms.coopFields(vm.coop(), labels, null);

        TextField location = Forms.text(vm.location(), "locationField", "", 40);
        Button browse = new Button(labels.get("wizard.browse"));
        browse.setId("browseLocation");
        browse.setOnAction(e -> chooseFile(browse));
        browse.setMinWidth(Region.USE_PREF_SIZE);
        HBox locationRow = new HBox(8, location, browse);
        locationRow.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(location, Priority.ALWAYS);
        GridPane file = Forms.grid();
        Forms.row(file, labels.get("wizard.location"), location,
                Forms.withError(locationRow, vm.location(), "locationFieldError"));

        memberGrid.getStyleClass().addAll("form-grid", "member-grid");
        memberGrid.addRow(0, header("wizard.memberCode"), header("wizard.memberName"), header("wizard.memberLimit"));
        vm.members().forEach(this::addMemberRow);
        Button addRow = new Button(labels.get("wizard.addRow"));
        addRow.setId("addMemberRow");
        addRow.getStyleClass().add("flat");
        addRow.setOnAction(e -> addMemberRow(vm.addRow()));

        VBox content = new VBox(8, title, coopFields, Forms.section(labels.get("wizard.fileSection")), file,
                Forms.section(labels.get("wizard.membersSection")), memberGrid, addRow);
        content.getStyleClass().add("wizard-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);

        Label message = new Label();
        message.setId("wizardMessage");
        message.setWrapText(true);
        message.getStyleClass().add("form-message");
        message.textProperty().bind(vm.messageProperty());
        Button cancel = new Button(labels.get("wizard.cancel"));
        cancel.setId("cancelWizard");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
        Button create = new Button(labels.get("wizard.create"));
        create.setId("createCoop");
        create.setDefaultButton(true);
        create.getStyleClass().add("accent");
        create.disableProperty().bind(vm.busyProperty());
        cancel.disableProperty().bind(vm.busyProperty());
        create.setOnAction(e -> create(onCreated));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(10, message, gap, cancel, create);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.getStyleClass().add("wizard-actions");
        HBox.setHgrow(message, Priority.SOMETIMES);
        root.setBottom(actions);
        root.setId("newCoopWizard");
        root.getStyleClass().add("wizard");
    }

    private Label header(String key) {
        Label l = new Label(labels.get(key));
        l.getStyleClass().add("form-label");
        return l;
    }

    private void addMemberRow(MemberDraft row) {
        int n = memberGrid.getRowCount();
        TextField code = Forms.text(row.code(), "memberCode" + n, labels.get("wizard.memberCodePrompt"), 9);
        TextField name = Forms.text(row.name(), "memberName" + n, "", 22);
        TextField limit = Forms.text(row.limit(), "memberLimit" + n, "0", 8);
        limit.getStyleClass().add("amount-field");
        memberGrid.addRow(n, Forms.withError(code, row.code(), code.getId() + "Error"),
                Forms.withError(name, row.name(), name.getId() + "Error"),
                Forms.withError(limit, row.limit(), limit.getId() + "Error"));
    }

    private void chooseFile(Node owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(labels.get("wizard.location"));
        File dir = vm.dataDirectory().toFile();
        if (dir.isDirectory()) {
            chooser.setInitialDirectory(dir);
        }
        chooser.setInitialFileName(Path.of(vm.location().value()).getFileName().toString());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(labels.get("welcome.fileType"),
                "*" + NewCoopViewModel.SUFFIX));
        File file = chooser.showSaveDialog(owner.getScene().getWindow());
        if (file != null) {
            vm.chooseLocation(file.toPath());
        }
    }

    private void create(Consumer<Path> onCreated) {
        if (!vm.check()) {
            focusFirstError();
            return;
        }
        Task<Path> task = vm.createTask();
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> onCreated.accept(task.getValue()));
        Thread worker = new Thread(task, "poruka-new-coop");
        worker.setDaemon(true);
        worker.start();
    }

    /** Puts the keyboard on the first field that needs correcting. */
    private void focusFirstError() {
        root.lookupAll(".field-error").stream().findFirst().ifPresent(Node::requestFocus);
    }

    Parent root() {
        return root;
    }

    void focus() {
        coopFields.lookup("#coopNameField").requestFocus();
    }
}
