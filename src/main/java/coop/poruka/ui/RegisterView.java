package coop.poruka.ui;

import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The register screen: the filter bar, the exchanges a page at a time, and export. Layout only. */
public final class RegisterView implements Screen {
    private static final PseudoClass REVERSAL = PseudoClass.getPseudoClass("reversal");
    private static final PseudoClass REVERSED = PseudoClass.getPseudoClass("reversed");

    private final RegisterViewModel vm;
    private final Labels labels;
    private final BorderPane root = new BorderPane();
    private final TextField member = new TextField();

    public RegisterView(RegisterViewModel vm) {
        this.vm = vm;
        this.labels = vm.labels();
        root.setId("registerView");
        root.getStyleClass().add("pane");
        root.setTop(filterBar());
        root.setCenter(table(vm, "registerTable"));
        root.setBottom(footer());
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
        member.requestFocus();
        member.selectAll();
    }

    private Node filterBar() {
        Label title = new Label(labels.get("register.title"));
        title.getStyleClass().add("pane-title");
        DatePicker from = datePicker("registerFrom", "register.from");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = datePicker("registerTo", "register.to");
        to.valueProperty().bindBidirectional(vm.toProperty());

        member.setId("registerMember");
        member.setPromptText(labels.get("register.member"));
        member.setPrefColumnCount(18);
        member.getStyleClass().add("keeps-hint");
        member.textProperty().bindBidirectional(vm.memberProperty());
        clearOnEscape(member);
        TextField text = new TextField();
        text.setId("registerText");
        text.setPromptText(labels.get("register.text"));
        text.setPrefColumnCount(18);
        text.getStyleClass().add("keeps-hint");
        text.textProperty().bindBidirectional(vm.textProperty());
        clearOnEscape(text);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("registerBusy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());

        HBox bar = new HBox(10, title, from, to, member, text, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pane-bar");

        Label memberProblem = problem("registerMemberProblem");
        memberProblem.textProperty().bind(vm.memberProblemProperty());
        Label dateProblem = problem("registerDateProblem");
        dateProblem.textProperty().bind(vm.dateProblemProperty());
        HBox problems = new HBox(16, dateProblem, memberProblem);
        problems.getStyleClass().add("register-problems");
        problems.managedProperty().bind(memberProblem.textProperty().isNotEmpty()
                .or(dateProblem.textProperty().isNotEmpty()));
        problems.visibleProperty().bind(problems.managedProperty());
        return new VBox(bar, problems);
    }

    private DatePicker datePicker(String id, String prompt) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(labels.get(prompt));
        picker.setPrefWidth(140);
        return picker;
    }

    private static Label problem(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-problem");
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    private static void clearOnEscape(TextField field) {
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
            }
        });
    }

    /**
     * The exchanges of a register model, one row per leg, reversals marked and linked; scrolling
     * to the end loads older ones. The register screen and the member card both show it.
     */
    static TableView<RegisterRow> table(RegisterViewModel vm, String id) {
        Labels labels = vm.labels();
        TableView<RegisterRow> table = new TableView<>(vm.rows());
        table.setId(id);
        table.getStyleClass().addAll("striped", "dense");
        table.setPlaceholder(new Label(labels.get("register.none")));
        table.getColumns().add(column(labels, "registerDateColumn", "register.date", RegisterRow::date, 110));
        table.getColumns().add(column(labels, "registerIdColumn", "register.id", RegisterRow::shortId, 85));
        table.getColumns().add(column(labels, "registerSupplierColumn", "register.supplier", RegisterRow::supplier, 95));
        table.getColumns().add(column(labels, "registerReceiverColumn", "register.receiver", RegisterRow::receiver, 95));
        TableColumn<RegisterRow, String> amount = column(labels, "registerAmountColumn", "register.amount",
                RegisterRow::amount, 110);
        amount.getStyleClass().add("amount");
        table.getColumns().add(amount);
        table.getColumns().add(column(labels, "registerMemoColumn", "register.memo", RegisterRow::memo, 260));
        TableColumn<RegisterRow, String> mark = column(labels, "registerMarkColumn", "register.mark", RegisterRow::mark,
                170);
        mark.getStyleClass().add("register-mark");
        table.getColumns().add(mark);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Sorting would only reorder the pages loaded so far, so the register keeps its own order.
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RegisterRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(REVERSAL, !empty && row != null && row.kind() == RegisterRow.Kind.REVERSAL);
                pseudoClassStateChanged(REVERSED, !empty && row != null && row.kind() == RegisterRow.Kind.REVERSED);
            }
        });
        // Scrolling to the end loads the next page, as the "show older" button does.
        table.skinProperty().addListener((o, before, skin) -> table.lookupAll(".scroll-bar").forEach(n -> {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                bar.valueProperty().addListener((v, was, now) -> {
                    if (now.doubleValue() >= bar.getMax() && vm.hasMoreProperty().get()) {
                        vm.more();
                    }
                });
            }
        }));
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private static TableColumn<RegisterRow, String> column(Labels labels, String id, String titleKey,
            Function<RegisterRow, String> value, double width) {
        TableColumn<RegisterRow, String> c = new TableColumn<>(labels.get(titleKey));
        c.setId(id);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** How many exchanges are shown, and the button for older ones while there are more. */
    static Label status(RegisterViewModel vm, String id) {
        Label status = new Label();
        status.setId(id);
        status.textProperty().bind(vm.statusProperty());
        return status;
    }

    static Button more(RegisterViewModel vm, String id) {
        Button more = new Button(vm.labels().get("register.more"));
        more.setId(id);
        more.visibleProperty().bind(vm.hasMoreProperty());
        more.disableProperty().bind(vm.busyProperty());
        more.setOnAction(e -> vm.more());
        return more;
    }

    private Node footer() {
        Label status = status(vm, "registerStatus");
        Button more = more(vm, "registerMore");
        Label exported = new Label();
        exported.setId("registerExportMessage");
        exported.textProperty().bind(vm.exportMessageProperty());
        Button export = new Button(labels.get("register.export"));
        export.setId("registerExport");
        export.disableProperty().bind(vm.exportingProperty().or(vm.memberProblemProperty().isNotEmpty()));
        export.setOnAction(e -> chooseExportFile());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, status, more, spacer, exported, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pane-bar");
        return bar;
    }

    private void chooseExportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(labels.get("register.exportTitle"));
        chooser.setInitialFileName("register.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            vm.export(file.toPath());
        }
    }
}
