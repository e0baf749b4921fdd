package coop.poruka.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

/**
 * The treasurer's month: the office key's password, then the month's statements (every member or
 * one) printed into a folder with progress and Cancel, the co-op's summary, a guarantor's exposure
 * pack, and closing the month. Layout only; what it does is {@link StatementsViewModel}'s.
 */
public final class StatementsView implements Screen {
    private final StatementsViewModel vm;
    private final Labels labels;
    private final StackPane root = new StackPane();
    private final Pane overlay = new Pane();
    private final PasswordField password = new PasswordField();
    private final ComboBox<YearMonth> month = new ComboBox<>();

    public StatementsView(StatementsViewModel vm) {
        this.vm = vm;
        this.labels = vm.labels();
        root.setId("statementsView");
        overlay.setPickOnBounds(false);
        MemberCompletion completion = new MemberCompletion(overlay, vm::suggestions);

        Label title = new Label(labels.get("statements.title"));
        title.getStyleClass().add("pane-title");

        // The office key: typed once per window, kept in memory only.
        password.setId("keystorePassword");
        password.setPrefColumnCount(18);
        password.setPromptText(labels.get("keystore.prompt"));
        Button unlock = new Button(labels.get("keystore.unlock"));
        unlock.setId("unlockKeystore");
        Runnable tryUnlock = () -> {
            vm.unlock(password.getText());
            password.clear();
        };
        unlock.setOnAction(e -> tryUnlock.run());
        password.setOnAction(e -> tryUnlock.run());
        Label problem = message("keystoreProblem");
        problem.getStyleClass().add("field-message");
        problem.textProperty().bind(vm.passwordProblemProperty());
        Label note = message("keystoreNote");
        note.getStyleClass().add("muted");
        note.textProperty().bind(vm.keyNoteProperty());
        HBox passwordRow = new HBox(8, password, unlock, problem);
        passwordRow.setAlignment(Pos.CENTER_LEFT);
        GridPane key = Forms.grid();
        Forms.row(key, labels.get("keystore.password"), password, new VBox(4, passwordRow, note));

        // The statements.
        month.setId("statementsMonth");
        month.setItems(vm.months());
        month.valueProperty().bindBidirectional(vm.monthProperty());
        month.setConverter(new StringConverter<>() {
            @Override
            public String toString(YearMonth m) {
                return vm.monthText(m);
            }

            @Override
            public YearMonth fromString(String s) {
                return month.getValue();
            }
        });
        ToggleGroup who = new ToggleGroup();
        RadioButton all = new RadioButton(labels.get("statements.allMembers"));
        all.setId("statementsAll");
        all.setToggleGroup(who);
        RadioButton one = new RadioButton(labels.get("statements.oneMember"));
        one.setId("statementsOne");
        one.setToggleGroup(who);
        (vm.allMembersProperty().get() ? all : one).setSelected(true);
        all.selectedProperty().addListener((o, was, is) -> vm.allMembersProperty().set(is));
        TextField member = new TextField();
        member.setId("statementsMember");
        member.setPrefColumnCount(22);
        member.setPromptText(labels.get("statements.memberPrompt"));
        member.textProperty().bindBidirectional(vm.memberProperty());
        member.disableProperty().bind(vm.allMembersProperty());
        completion.attach(member);
        HBox members = new HBox(12, all, one, member);
        members.setAlignment(Pos.CENTER_LEFT);

        TextField folder = new TextField();
        folder.setId("statementsFolder");
        folder.setEditable(false);
        folder.setPrefColumnCount(36);
        folder.textProperty().bind(vm.folderProperty().asString());
        Button choose = new Button(labels.get("statements.chooseFolder"));
        choose.setId("chooseFolder");
        choose.setOnAction(e -> chooseFolder());
        HBox folderRow = new HBox(8, folder, choose);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        CheckBox combined = new CheckBox(labels.get("statements.combined"));
        combined.setId("statementsCombined");
        combined.selectedProperty().bindBidirectional(vm.combinedProperty());

        Button print = new Button(labels.get("statements.print"));
        print.setId("printStatements");
        print.setDefaultButton(false);
        print.getStyleClass().add("accent");
        print.setOnAction(e -> vm.print());
        Button cancel = new Button(labels.get("statements.cancel"));
        cancel.setId("cancelStatements");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.runningProperty().not());
        ProgressBar bar = new ProgressBar();
        bar.setId("statementsProgress");
        bar.setPrefWidth(260);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        Label progressText = new Label();
        progressText.setId("statementsProgressText");
        progressText.textProperty().bind(vm.progressTextProperty());
        HBox actions = new HBox(8, print, cancel, bar, progressText);
        actions.setAlignment(Pos.CENTER_LEFT);

        GridPane statements = Forms.grid();
        Forms.row(statements, labels.get("statements.month"), month, month);
        Forms.row(statements, labels.get("statements.members"), all, members);
        Forms.row(statements, labels.get("statements.folder"), folder, new VBox(6, folderRow, combined));
        Forms.row(statements, "", print, actions);

        // The month's other documents, and its close.
        Button summary = new Button(labels.get("statements.printSummary"));
        summary.setId("printSummary");
        summary.setOnAction(e -> vm.printSummary());
        TextField guarantor = new TextField();
        guarantor.setId("exposureGuarantor");
        guarantor.setPrefColumnCount(22);
        guarantor.setPromptText(labels.get("statements.memberPrompt"));
        guarantor.textProperty().bindBidirectional(vm.guarantorProperty());
        completion.attach(guarantor);
        Button exposure = new Button(labels.get("statements.printExposure"));
        exposure.setId("printExposure");
        exposure.setOnAction(e -> vm.printExposure());
        guarantor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isConsumed()) {
                vm.printExposure();
            }
        });
        HBox exposureRow = new HBox(8, guarantor, exposure);
        exposureRow.setAlignment(Pos.CENTER_LEFT);
        Button close = new Button(labels.get("statements.close"));
        close.setId("closeMonth");
        close.setOnAction(e -> {
            if (confirmClose()) {
                vm.closeMonth();
            }
        });
        GridPane others = Forms.grid();
        Forms.row(others, labels.get("statements.summary"), summary, summary);
        Forms.row(others, labels.get("statements.exposure"), guarantor, exposureRow);
        Forms.row(others, labels.get("statements.closeLabel"), close, close);
        for (Button b : new Button[] {print, summary, exposure, close, choose}) {
            b.disableProperty().bind(vm.runningProperty());
        }

        Label said = message("statementsMessage");
        said.getStyleClass().add("counter-message");
        said.textProperty().bind(vm.messageProperty());
        said.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        vm.messageIsErrorProperty().addListener((o, was, error) -> {
            said.getStyleClass().removeAll("error", "success");
            said.getStyleClass().add(error ? "error" : "success");
        });
        said.getStyleClass().add("success");
        Button open = new Button(labels.get("statements.openFolder"));
        open.setId("openFolder");
        open.visibleProperty().bind(vm.writtenProperty().isNotNull().and(vm.runningProperty().not()));
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> vm.openFolder());
        HBox result = new HBox(8, said, open);
        result.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(10, title,
                Forms.section(labels.get("keystore.section")), key,
                Forms.section(labels.get("statements.section")), statements,
                Forms.section(labels.get("statements.othersSection")), others,
                result);
        content.getStyleClass().add("form");
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root.getChildren().addAll(scroll, overlay);
    }

    private static Label message(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(labels.get("statements.chooseFolderTitle"));
        Path now = vm.folderProperty().get();
        if (now != null && Files.isDirectory(now)) {
            chooser.setInitialDirectory(now.toFile());
        }
        File chosen = chooser.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (chosen != null) {
            vm.folderProperty().set(chosen.toPath());
        }
    }

    private boolean confirmClose() {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                labels.get("statements.closeConfirm", vm.monthText(vm.monthProperty().get())), ButtonType.OK,
                ButtonType.CANCEL);
        ask.setHeaderText(null);
        ask.setTitle(labels.get("statements.close"));
        if (root.getScene() != null) {
            ask.initOwner(root.getScene().getWindow());
        }
        return ask.showAndWait().filter(ButtonType.OK::equals).isPresent();
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
        Node first = vm.asksPassword() ? password : month;
        first.requestFocus();
    }
}
