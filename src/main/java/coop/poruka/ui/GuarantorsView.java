package coop.poruka.ui;

import coop.poruka.ui.GuarantorsViewModel.ExposureRow;
import coop.poruka.ui.GuarantorsViewModel.TreeLine;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The guarantors screen: type a member code and press Enter to see the guarantor tree up and
 * down from them, their credit limit and their exposure as a guarantor; then a guarantor's code
 * with a cap (Enter) adds a guarantee for them, or with a reason (Enter) ends one.
 */
public final class GuarantorsView implements Screen {
    private final GuarantorsViewModel vm;
    private final Labels labels;
    private final VBox root = new VBox(10);
    private final TextField member = new TextField();
    private final TreeView<String> up = new TreeView<>();
    private final TreeView<String> down = new TreeView<>();
    private final TableView<ExposureRow> exposure = new TableView<>();

    public GuarantorsView(GuarantorsViewModel vm) {
        this.vm = vm;
        this.labels = vm.labels();
        root.setId("guarantorsView");
        root.getStyleClass().add("pane");
        root.setPadding(new Insets(12));

        Label title = new Label(labels.get("guarantors.title"));
        title.getStyleClass().add("pane-title");
        member.setId("guarantorsMember");
        member.setPromptText(labels.get("guarantors.member"));
        member.setPrefColumnCount(14);
        member.textProperty().bindBidirectional(vm.memberProperty());
        member.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                vm.show();
            }
        });
        Button show = new Button(labels.get("guarantors.show"));
        show.setId("guarantorsShow");
        show.setOnAction(e -> vm.show());
        HBox bar = new HBox(10, title, member, show);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.setId("guarantorsProblem");
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label limit = new Label();
        limit.setId("guarantorsLimit");
        limit.setWrapText(true);
        limit.setMinHeight(Region.USE_PREF_SIZE); // the whole sentence, never cut off
        limit.textProperty().bind(vm.limitProperty());

        up.setId("guarantorsUp");
        down.setId("guarantorsDown");
        vm.upProperty().addListener((o, a, b) -> up.setRoot(item(b)));
        vm.downProperty().addListener((o, a, b) -> down.setRoot(item(b)));
        VBox upBox = titled("guarantors.upTitle", up);
        VBox downBox = titled("guarantors.downTitle", down);
        HBox trees = new HBox(12, upBox, downBox);
        HBox.setHgrow(upBox, Priority.ALWAYS);
        HBox.setHgrow(downBox, Priority.ALWAYS);
        trees.setPrefHeight(220);

        exposure.setId("guarantorsExposure");
        exposure.setItems(vm.exposure());
        exposure.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        exposure.setPlaceholder(new Label(labels.get("guarantors.noExposure")));
        exposure.getColumns().add(column("guarantors.col.member", ExposureRow::member, false));
        exposure.getColumns().get(0).setPrefWidth(230);
        exposure.getColumns().add(column("guarantors.col.cap", ExposureRow::cap, true));
        exposure.getColumns().add(column("guarantors.col.balance", ExposureRow::balance, true));
        exposure.getColumns().add(column("guarantors.col.openClaims", ExposureRow::openClaims, true));
        exposure.getColumns().add(column("guarantors.col.most", ExposureRow::most, true));
        exposure.getColumns().add(column("guarantors.col.expected", ExposureRow::expected, true));
        Label totals = new Label();
        totals.setId("guarantorsTotals");
        totals.setWrapText(true);
        totals.setMinHeight(Region.USE_PREF_SIZE);
        totals.textProperty().bind(vm.totalsProperty());
        Label exposureTitle = new Label(labels.get("guarantors.exposureTitle"));
        exposureTitle.getStyleClass().add("pane-title");

        TextField guarantor = actionField("guarantorsGuarantor", "guarantors.guarantor", vm.guarantorProperty(), 10);
        TextField cap = actionField("guarantorsCap", "guarantors.cap", vm.capProperty(), 8);
        TextField reason = actionField("guarantorsReason", "guarantors.reason", vm.reasonProperty(), 20);
        cap.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                vm.give();
            }
        });
        reason.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                vm.end();
            }
        });
        Button give = new Button(labels.get("guarantors.give"));
        give.setId("guarantorsGive");
        give.setOnAction(e -> vm.give());
        Button end = new Button(labels.get("guarantors.end"));
        end.setId("guarantorsEnd");
        end.setOnAction(e -> vm.end());
        give.setMinWidth(Region.USE_PREF_SIZE);
        end.setMinWidth(Region.USE_PREF_SIZE);
        Label done = new Label();
        done.setId("guarantorsDone");
        done.setWrapText(true);
        done.setMinHeight(Region.USE_PREF_SIZE);
        done.textProperty().bind(vm.doneProperty());
        done.managedProperty().bind(done.textProperty().isNotEmpty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        HBox actions = new HBox(8, guarantor, cap, give, reason, end);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label conflictsTitle = new Label(labels.get("guarantors.conflictsTitle"));
        conflictsTitle.getStyleClass().add("pane-count");
        ListView<String> conflicts = new ListView<>(vm.conflicts());
        conflicts.setId("guarantorsConflicts");
        conflicts.setPlaceholder(new Label(labels.get("guarantors.noConflicts")));
        conflicts.setPrefHeight(90);
        conflicts.setMinHeight(72); // a line or two always shows, however tall the exposure table

        root.getChildren().addAll(bar, actions, done, problem, limit, trees, exposureTitle, exposure, totals,
                conflictsTitle, conflicts);
        VBox.setVgrow(exposure, Priority.ALWAYS);
    }

    private TextField actionField(String id, String promptKey, javafx.beans.property.StringProperty value, int columns) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(labels.get(promptKey));
        t.setPrefColumnCount(columns);
        t.textProperty().bindBidirectional(value);
        return t;
    }

    private VBox titled(String key, TreeView<String> tree) {
        Label l = new Label(labels.get(key));
        l.getStyleClass().add("pane-count");
        VBox box = new VBox(4, l, tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        return box;
    }

    private static TreeItem<String> item(TreeLine line) {
        if (line == null) {
            return null;
        }
        TreeItem<String> item = new TreeItem<>(line.text());
        line.children().forEach(c -> item.getChildren().add(item(c)));
        item.setExpanded(true);
        return item;
    }

    private TableColumn<ExposureRow, String> column(String key, Function<ExposureRow, String> value, boolean amount) {
        return Forms.textColumn(labels.get(key), value, amount);
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
}
