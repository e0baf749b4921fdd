package coop.poruka.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The main window: the co-op at the top, members on the left, the latest exchanges on the
 * right, where the books are at the bottom. Layout only; everything shown comes from the model.
 */
final class MainView {
    private static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");

    private final MainViewModel vm;
    private final Labels labels;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();

    MainView(MainViewModel vm) {
        this.vm = vm;
        this.labels = vm.labels();
        root.setId("mainView");
        root.setTop(header());
        SplitPane split = new SplitPane(membersPane(), exchangesPane());
        split.setDividerPositions(0.6);
        root.setCenter(split);
        root.setBottom(statusBar());
    }

    Parent root() {
        return root;
    }

    /** Where the clerk starts: finding a member. */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private Node header() {
        Label name = new Label();
        name.setId("coopName");
        name.textProperty().bind(vm.coopNameProperty());
        name.getStyleClass().add("coop-name");
        Label office = new Label();
        office.setId("officeLine");
        office.textProperty().bind(vm.officeProperty());
        Label unit = new Label();
        unit.setId("unitLine");
        unit.textProperty().bind(vm.unitProperty());
        HBox details = new HBox(16, office, unit);
        details.getStyleClass().add("header-details");
        VBox header = new VBox(2, name, details);
        header.setId("header");
        return header;
    }

    private Node membersPane() {
        Label title = new Label(labels.get("members.title"));
        title.getStyleClass().add("pane-title");
        Label count = new Label();
        count.setId("memberCount");
        count.getStyleClass().add("pane-count");
        count.textProperty().bind(vm.memberCountProperty());

        search.setId("searchField");
        search.setPromptText(labels.get("members.search"));
        search.setPrefColumnCount(24);
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });

        HBox bar = new HBox(10, title, count, spacer(), search);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pane-bar");

        TableView<MemberRow> table = membersTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox pane = new VBox(bar, table);
        pane.getStyleClass().add("pane");
        return pane;
    }

    private TableView<MemberRow> membersTable() {
        TableView<MemberRow> table = new TableView<>();
        table.setId("membersTable");
        table.getStyleClass().addAll("striped", "dense");
        table.setPlaceholder(new Label(labels.get("members.none")));
        TableColumn<MemberRow, String> code = textColumn("codeColumn", labels.get("members.code"), MemberRow::code);
        TableColumn<MemberRow, String> name = textColumn("nameColumn", labels.get("members.name"), MemberRow::name);
        name.setComparator(vm.nameOrder());
        TableColumn<MemberRow, String> status = textColumn("statusColumn", labels.get("members.status"),
                MemberRow::status);
        TableColumn<MemberRow, Long> balance = amountColumn("balanceColumn", labels.get("members.balance"),
                MemberRow::balance, true);
        TableColumn<MemberRow, Long> limit = amountColumn("limitColumn", labels.get("members.limit"),
                MemberRow::creditLimit, false);
        TableColumn<MemberRow, Long> available = amountColumn("availableColumn", labels.get("members.available"),
                MemberRow::available, true);
        code.setPrefWidth(95);
        name.setPrefWidth(250);
        status.setPrefWidth(85);
        balance.setPrefWidth(110);
        limit.setPrefWidth(110);
        available.setPrefWidth(110);
        table.getColumns().add(code);
        table.getColumns().add(name);
        table.getColumns().add(status);
        table.getColumns().add(balance);
        table.getColumns().add(limit);
        table.getColumns().add(available);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        // The model keeps the members by code; clicking a header re-sorts a view of them.
        SortedList<MemberRow> sorted = new SortedList<>(vm.members());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        return table;
    }

    private static TableColumn<MemberRow, String> textColumn(String id, String title, Function<MemberRow, String> value) {
        TableColumn<MemberRow, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** Right-aligned, in the unit's decimals; a negative amount is marked so it is seen at a glance. */
    private TableColumn<MemberRow, Long> amountColumn(String id, String title, Function<MemberRow, Long> value,
            boolean markNegative) {
        TableColumn<MemberRow, Long> column = new TableColumn<>(title);
        column.setId(id);
        column.getStyleClass().add("amount");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long minor, boolean empty) {
                super.updateItem(minor, empty);
                setText(empty || minor == null ? null : vm.amount(minor));
                pseudoClassStateChanged(NEGATIVE, markNegative && !empty && minor != null && minor < 0);
            }
        });
        return column;
    }

    private Node exchangesPane() {
        Label title = new Label(labels.get("exchanges.title"));
        title.getStyleClass().add("pane-title");
        HBox bar = new HBox(10, title);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pane-bar");

        ListView<ExchangeRow> list = new ListView<>(vm.exchanges());
        list.setId("exchangesList");
        list.setPlaceholder(new Label(labels.get("exchanges.none")));
        list.setCellFactory(l -> new ExchangeCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox pane = new VBox(bar, list);
        pane.getStyleClass().add("pane");
        return pane;
    }

    /** An exchange: its date, short id and mark on the first line, then one line per leg. */
    private static final class ExchangeCell extends ListCell<ExchangeRow> {
        private static final double PARTIES_WIDTH = 150;
        private static final double AMOUNT_WIDTH = 70;

        ExchangeCell() {
            // Cells as wide as the list, never wider: a long memo is cut short instead of
            // giving the whole list a horizontal scroll bar.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ExchangeRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("reversal", "reversed");
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (row.kind() == ExchangeRow.Kind.REVERSAL) {
                getStyleClass().add("reversal");
            } else if (row.kind() == ExchangeRow.Kind.REVERSED) {
                getStyleClass().add("reversed");
            }
            Label date = new Label(row.date());
            date.getStyleClass().add("exchange-date");
            Label id = new Label(row.shortId());
            id.getStyleClass().add("exchange-id");
            HBox top = new HBox(10, date, id);
            top.setAlignment(Pos.BASELINE_LEFT);
            if (!row.badge().isEmpty()) {
                Label badge = new Label(row.badge());
                badge.getStyleClass().add("badge");
                top.getChildren().add(badge);
            }

            GridPane legs = new GridPane();
            legs.getStyleClass().add("exchange-legs");
            // The same column widths in every cell, so amounts line up down the list.
            ColumnConstraints parties = new ColumnConstraints();
            parties.setMinWidth(PARTIES_WIDTH);
            ColumnConstraints amounts = new ColumnConstraints();
            amounts.setMinWidth(AMOUNT_WIDTH);
            amounts.setHalignment(HPos.RIGHT);
            legs.getColumnConstraints().setAll(parties, amounts, new ColumnConstraints());
            int line = 0;
            for (ExchangeRow.LegRow leg : row.legs()) {
                Label who = new Label(leg.parties());
                who.getStyleClass().add("leg-parties");
                Label amount = new Label(leg.amount());
                amount.getStyleClass().add("leg-amount");
                Label memo = new Label(leg.memo());
                memo.getStyleClass().add("leg-memo");
                memo.setMinWidth(0);
                legs.addRow(line++, who, amount, memo);
            }
            VBox box = new VBox(3, top, legs);
            if (!row.note().isEmpty()) {
                Label note = new Label(row.note());
                note.getStyleClass().add("exchange-note");
                note.setWrapText(true);
                box.getChildren().add(note);
            }
            box.setMinWidth(0);
            setGraphic(box);
        }
    }

    private Node statusBar() {
        Label path = new Label();
        path.setId("ledgerPath");
        path.textProperty().bind(vm.ledgerPathProperty());
        Label entries = new Label();
        entries.setId("entryCount");
        entries.textProperty().bind(vm.entriesProperty());
        Label head = new Label();
        head.setId("headHash");
        head.textProperty().bind(vm.headProperty());
        Tooltip full = new Tooltip();
        full.textProperty().bind(vm.headFullProperty());
        head.setTooltip(full);
        // The path gives way (with an ellipsis) before the count and the hash do.
        entries.setMinWidth(Region.USE_PREF_SIZE);
        head.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, path, spacer(), entries, new Separator(Orientation.VERTICAL), head);
        bar.setId("statusBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
