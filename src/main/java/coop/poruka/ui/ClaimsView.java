package coop.poruka.ui;

import coop.poruka.ui.ClaimsViewModel.Row;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The claims board: the claims with where each stands, and below them the steps for the selected
 * one. From the keyboard: arrows choose a claim, Tab goes to the fields, Enter in the amount
 * upholds, Enter in the reason appeals.
 */
public final class ClaimsView implements Screen {
    private final ClaimsViewModel vm;
    private final Labels labels;
    private final VBox root = new VBox(10);
    private final TableView<Row> table = new TableView<>();

    public ClaimsView(ClaimsViewModel vm) {
        this.vm = vm;
        this.labels = vm.labels();
        root.setId("claimsView");
        root.getStyleClass().add("pane");
        root.setPadding(new Insets(12));
        Label title = new Label(labels.get("claims.title"));
        title.getStyleClass().add("pane-title");

        table.setId("claimsTable");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(labels.get("claims.none")));
        table.getColumns().add(column("claims.col.claim", Row::claim, false, 90));
        table.getColumns().add(column("claims.col.claimant", Row::claimant, false, 95));
        table.getColumns().add(column("claims.col.respondent", Row::respondent, false, 95));
        table.getColumns().add(column("claims.col.amount", Row::amount, true, 90));
        table.getColumns().add(column("claims.col.stage", Row::stage, false, 330));
        table.getColumns().add(column("claims.col.panel", Row::panel, false, 160));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(b);
            }
        });

        TextField by = field("claimsBy", "claims.by", 10);
        by.textProperty().bindBidirectional(vm.byProperty());
        TextField amount = field("claimsAmount", "claims.amount", 8);
        amount.textProperty().bindBidirectional(vm.amountProperty());
        amount.setOnKeyPressed(e -> enter(e.getCode(), vm::uphold, e));
        TextField reason = field("claimsReason", "claims.reason", 28);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        reason.setOnKeyPressed(e -> enter(e.getCode(), vm::appeal, e));
        HBox.setHgrow(reason, Priority.ALWAYS);
        HBox fields = new HBox(8, labelFor("claims.by", by), by, labelFor("claims.amount", amount), amount,
                labelFor("claims.reason", reason), reason);
        fields.setAlignment(Pos.CENTER_LEFT);

        Button uphold = button("claimsUphold", "claims.uphold", vm::uphold);
        Button reject = button("claimsReject", "claims.reject", vm::reject);
        Button appeal = button("claimsAppeal", "claims.appeal", vm::appeal);
        Button settle = button("claimsSettle", "claims.settle", vm::settle);
        Label problem = new Label();
        problem.setId("claimsProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(vm.problemProperty());
        Label done = new Label();
        done.setId("claimsDone");
        done.textProperty().bind(vm.doneProperty());
        HBox buttons = new HBox(8, uphold, reject, appeal, settle, done);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label help = new Label(labels.get("claims.help"));
        help.getStyleClass().add("pane-count");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE); // the whole help, never cut off

        root.getChildren().addAll(title, table, help, fields, buttons, problem);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private static void enter(KeyCode code, java.util.function.BooleanSupplier action, javafx.scene.input.KeyEvent e) {
        if (code == KeyCode.ENTER) {
            e.consume();
            action.getAsBoolean();
        }
    }

    private TextField field(String id, String promptKey, int columns) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(labels.get(promptKey));
        t.setPrefColumnCount(columns);
        return t;
    }

    private Label labelFor(String key, TextField field) {
        return Forms.labelFor(labels.get(key), field);
    }

    private Button button(String id, String key, BooleanSupplier action) {
        return Forms.button(id, labels.get(key), action);
    }

    private TableColumn<Row, String> column(String key, Function<Row, String> value, boolean amount, double width) {
        return Forms.textColumn(labels.get(key), value, amount, width);
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
        vm.refresh();
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }
}
