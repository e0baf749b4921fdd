package coop.poruka.ui;

import coop.poruka.ui.DepositsViewModel.Row;
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
 * The deposits register: one row per member and currency, the co-op's holdings per currency,
 * and the fields to place, top up or return a deposit. The keyboard starts in the member field;
 * Enter in the amount tops up (or places, in the "held at" field).
 */
public final class DepositsView implements Screen {
    private final DepositsViewModel vm;
    private final Labels labels;
    private final VBox root = new VBox(10);
    private final TextField member;

    public DepositsView(DepositsViewModel vm) {
        this.vm = vm;
        this.labels = vm.labels();
        root.setId("depositsView");
        root.getStyleClass().add("pane");
        root.setPadding(new Insets(12));
        Label title = new Label(labels.get("deposits.title"));
        title.getStyleClass().add("pane-title");

        TableView<Row> table = new TableView<>();
        table.setId("depositsTable");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(labels.get("deposits.none")));
        table.getColumns().add(column("deposits.col.member", Row::member, false, 100));
        table.getColumns().add(column("deposits.col.currency", Row::currency, false, 80));
        table.getColumns().add(column("deposits.col.placed", Row::placed, true, 110));
        table.getColumns().add(column("deposits.col.drawn", Row::drawn, true, 100));
        table.getColumns().add(column("deposits.col.returned", Row::returned, true, 100));
        table.getColumns().add(column("deposits.col.held", Row::held, true, 110));
        table.getColumns().add(column("deposits.col.heldAt", Row::heldAt, false, 300));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.memberProperty().set(b.member());
                vm.currencyProperty().set(b.currency());
            }
        });
        Label totals = new Label();
        totals.setId("depositsTotals");
        totals.setWrapText(true);
        totals.setMinHeight(Region.USE_PREF_SIZE);
        totals.textProperty().bind(vm.totalsProperty());

        member = field("depositsMember", vm.memberProperty(), 10);
        TextField currency = field("depositsCurrency", vm.currencyProperty(), 4);
        TextField amount = field("depositsAmount", vm.amountProperty(), 10);
        TextField heldAt = field("depositsHeldAt", vm.heldAtProperty(), 26);
        amount.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                vm.topUp();
            }
        });
        heldAt.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                vm.place();
            }
        });
        HBox.setHgrow(heldAt, Priority.ALWAYS);
        HBox fields = new HBox(8, labelFor("deposits.member", member), member, labelFor("deposits.currency", currency),
                currency, labelFor("deposits.amount", amount), amount, labelFor("deposits.heldAt", heldAt), heldAt);
        fields.setAlignment(Pos.CENTER_LEFT);
        Label done = new Label();
        done.setId("depositsDone");
        done.textProperty().bind(vm.doneProperty());
        HBox buttons = new HBox(8, button("depositsPlace", "deposits.place", vm::place),
                button("depositsTopUp", "deposits.topUp", vm::topUp), button("depositsReturn", "deposits.return", vm::giveBack),
                done);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("depositsProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(vm.problemProperty());

        root.getChildren().addAll(title, table, totals, fields, buttons, problem);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private TextField field(String id, javafx.beans.property.StringProperty value, int columns) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(columns);
        t.textProperty().bindBidirectional(value);
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
        member.requestFocus();
        member.selectAll();
    }
}
