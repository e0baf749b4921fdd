package coop.poruka.ui;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The members screen: the table with its search, the editor beside it (Ctrl+N, F2) and a
 * member's card over it (Enter, double-click). Layout and keys only; the model does the rest.
 */
public final class MembersView implements Screen {
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final MembersViewModel vm;
    private final Labels labels;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final TableView<MemberRow> table = new TableView<>();
    private final MemberEditor editor;
    private final MemberCard card;
    private Function<String, Node> history = this::memberHistory;
    private MemberHistoryView historyView;

    public MembersView(MembersViewModel vm) {
        this.vm = vm;
        this.labels = vm.labels();
        this.editor = new MemberEditor(vm);
        this.card = new MemberCard(vm.card(), labels);
        root.setId("membersView");
        root.getStyleClass().add("members-view");

        VBox list = new VBox(bar(), table());
        VBox.setVgrow(table, Priority.ALWAYS);
        list.getStyleClass().add("pane");
        Node cardRoot = card.root();
        cardRoot.visibleProperty().bind(vm.cardOpenProperty());
        root.setCenter(new StackPane(list, cardRoot));

        Node editorRoot = editor.root();
        editorRoot.visibleProperty().bind(vm.editingProperty());
        editorRoot.managedProperty().bind(editorRoot.visibleProperty());
        root.setRight(editorRoot);
        editor.onSaved(code -> {
            select(code);
            if (vm.cardOpenProperty().get()) {
                card.setHistory(history.apply(vm.card().codeProperty().get()));
            }
            backToWhereTheClerkWas();
        });
        editor.onClosed(this::backToWhereTheClerkWas);

        card.backButton().setOnAction(e -> closeCard());
        card.editButton().setOnAction(e -> edit(vm.card().codeProperty().get()));
        card.root().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                closeCard();
            }
        });

        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NEW.match(e)) {
                e.consume();
                startNew();
            } else if (e.getCode() == KeyCode.F2 && !e.isShortcutDown()) {
                e.consume();
                edit(vm.cardOpenProperty().get() ? vm.card().codeProperty().get() : selectedCode());
            }
        });
    }

    /**
     * How the window fills a card's history slot: called with the member's code each time a card
     * opens or the books change while it is open. Returns the chart and exchanges, or null. By
     * default the member's balance over time and their exchanges, paged.
     */
    public void setHistory(Function<String, Node> chartAndExchanges) {
        this.history = Objects.requireNonNull(chartAndExchanges);
    }

    /** The member's balance chart and exchanges, read again for {@code code}. */
    private Node memberHistory(String code) {
        if (historyView == null) {
            historyView = new MemberHistoryView(vm.history());
        }
        vm.history().show(code);
        return historyView.root();
    }

    /** The card, for a window that wants to put something else in its history slot. */
    public MemberCard card() {
        return card;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void refresh() {
        String selected = selectedCode();
        vm.refresh();
        select(selected);
        if (vm.cardOpenProperty().get()) {
            card.setHistory(history.apply(vm.card().codeProperty().get()));
        }
    }

    @Override
    public void focus() {
        if (vm.cardOpenProperty().get()) {
            card.backButton().requestFocus();
        } else {
            search.requestFocus();
            search.selectAll();
        }
    }

    private Node bar() {
        Label title = new Label(labels.get("members.title"));
        title.getStyleClass().add("pane-title");
        Label count = new Label();
        count.setId("membersCount");
        count.getStyleClass().add("pane-count");
        count.textProperty().bind(vm.countProperty());

        search.setId("membersSearch");
        search.setPromptText(labels.get("membersScreen.search"));
        search.setPrefColumnCount(26);
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                // From the search straight into the list: Down to choose, Enter for the first match's card.
                e.consume();
                if (table.getSelectionModel().isEmpty() || !table.getItems().contains(table.getSelectionModel().getSelectedItem())) {
                    table.getSelectionModel().selectFirst();
                }
                if (e.getCode() == KeyCode.ENTER) {
                    openCard(selectedCode());
                } else {
                    table.requestFocus();
                }
            }
        });

        Button add = button("newMember", "membersScreen.new", "membersScreen.newTip");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> startNew());
        Button change = button("editMember", "membersScreen.edit", "membersScreen.editTip");
        change.setOnAction(e -> edit(selectedCode()));
        Button open = button("openCard", "membersScreen.open", "membersScreen.openTip");
        open.setOnAction(e -> openCard(selectedCode()));
        change.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.disableProperty().bind(change.disableProperty());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, title, count, gap, search, open, change, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pane-bar");
        return bar;
    }

    private Button button(String id, String textKey, String tipKey) {
        Button b = new Button(labels.get(textKey));
        b.setId(id);
        b.setTooltip(new Tooltip(labels.get(tipKey)));
        b.setFocusTraversable(false);
        return b;
    }

    private Node table() {
        table.setId("membersList");
        table.getStyleClass().addAll("striped", "dense", "members-table");
        table.setPlaceholder(new Label(labels.get("members.none")));
        TableColumn<MemberRow, String> code = textColumn("codeColumn", "members.code", MemberRow::code);
        TableColumn<MemberRow, String> name = textColumn("nameColumn", "members.name", MemberRow::name);
        name.setComparator(vm.nameOrder());
        TableColumn<MemberRow, String> status = textColumn("statusColumn", "members.status", MemberRow::status);
        TableColumn<MemberRow, Long> balance = amountColumn("balanceColumn", "members.balance", MemberRow::balance, true);
        TableColumn<MemberRow, Long> limit = amountColumn("limitColumn", "members.limit", MemberRow::creditLimit, false);
        TableColumn<MemberRow, Long> available = amountColumn("availableColumn", "members.available",
                MemberRow::available, true);
        code.setPrefWidth(110);
        name.setPrefWidth(320);
        status.setPrefWidth(110);
        balance.setPrefWidth(130);
        limit.setPrefWidth(130);
        available.setPrefWidth(130);
        table.getColumns().setAll(java.util.List.of(code, name, status, balance, limit, available));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        // The model sorts before it filters (so typing never re-sorts); the table only says how.
        table.setItems(vm.members());
        table.setSortPolicy(t -> true);
        vm.orderProperty().bind(table.comparatorProperty());

        table.setRowFactory(t -> {
            TableRow<MemberRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openCard(row.getItem().code());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                openCard(selectedCode());
            }
        });
        return table;
    }

    private TableColumn<MemberRow, String> textColumn(String id, String titleKey, Function<MemberRow, String> value) {
        TableColumn<MemberRow, String> column = new TableColumn<>(labels.get(titleKey));
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** Right-aligned, in the unit's decimals; a negative amount is marked so it is seen at a glance. */
    private TableColumn<MemberRow, Long> amountColumn(String id, String titleKey, Function<MemberRow, Long> value,
            boolean markNegative) {
        return AmountColumns.of(id, labels.get(titleKey), value, vm::amount, markNegative);
    }

    private String selectedCode() {
        MemberRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.code();
    }

    private void select(String code) {
        if (code == null) {
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).code().equals(code)) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
    }

    private void startNew() {
        vm.startNew();
        editor.focus();
    }

    private void edit(String code) {
        if (code != null && vm.startEdit(code)) {
            editor.focus();
        }
    }

    private void openCard(String code) {
        if (code != null && vm.openCard(code)) {
            card.setHistory(history.apply(code));
            card.backButton().requestFocus();
        }
    }

    private void closeCard() {
        vm.closeCard();
        card.setHistory(null);
        table.requestFocus();
    }

    /** After the editor closes: back to the card if it is open, else to the list. */
    private void backToWhereTheClerkWas() {
        if (vm.cardOpenProperty().get()) {
            card.backButton().requestFocus();
        } else {
            table.requestFocus();
        }
    }
}
