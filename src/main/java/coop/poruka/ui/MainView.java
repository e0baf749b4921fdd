package coop.poruka.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The main window: the co-op at the top, members on the left, the latest exchanges on the
 * right, where the books are at the bottom. Layout only; everything shown comes from the model.
 */
final class MainView {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final MainViewModel vm;
    private final Labels labels;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();

    /** An area of the window the navigation offers, with its shortcut (Ctrl and a digit). */
    record Area(String id, String labelKey, KeyCode key, Supplier<Screen> screen) {}

    private final ToggleGroup navigation = new ToggleGroup();
    private final StackPane content = new StackPane();
    private final Map<String, Screen> shown = new HashMap<>();
    private final MenuBar menus = new MenuBar();
    private final List<Area> areas = new ArrayList<>();
    private Screen current;

    MainView(MainViewModel vm) {
        this.vm = vm;
        this.labels = vm.labels();
        root.setId("mainView");
        menus.setId("menuBar");
        root.setTop(new VBox(menus, header()));
        content.setId("content");
        root.setCenter(content);
        root.setBottom(statusBar());
    }

    /** The window's menus; the areas go into View once they are all known (see {@link #show}). */
    void buildMenus(Window owner, Runnable closeWindow, Reopening reopening) {
        Menu file = new Menu(labels.get("menu.file"));
        file.setId("fileMenu");
        if (reopening != null) {
            Menu recent = new Menu(labels.get("menu.openRecent"));
            recent.setId("openRecentMenu");
            // Read when the menu opens: another window or a deleted file may have changed the list.
            file.setOnShowing(e -> fillRecent(recent, reopening));
            fillRecent(recent, reopening);
            file.getItems().addAll(
                    item("menu.newCoop", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
                            KeyCombination.SHIFT_DOWN), reopening::newCoop),
                    item("menu.open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                            () -> chooseLedger(owner, reopening.shown()).ifPresent(reopening::open)),
                    recent,
                    new SeparatorMenuItem());
        }
        file.getItems().addAll(
                item("menu.importMembers", null, () -> chooseCsv(owner).ifPresent(f -> vm.importFile(f, false))),
                item("menu.importExchanges", null, () -> chooseCsv(owner).ifPresent(f -> vm.importFile(f, true))),
                item("menu.exportJournal", null, () -> saveJournal(owner).ifPresent(vm::exportJournal)),
                new SeparatorMenuItem(),
                item("menu.verify", new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), vm::verify),
                new SeparatorMenuItem(),
                item("menu.close", new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), closeWindow));
        Menu view = new Menu(labels.get("menu.view"));
        view.setId("viewMenu");
        for (Area a : areas) {
            view.getItems().add(item(a.labelKey(), new KeyCodeCombination(a.key(), KeyCombination.SHORTCUT_DOWN),
                    () -> show(a.id())));
        }
        menus.getMenus().setAll(file, view);
    }

    /** The ledgers opened before, most recent first, each by its name and folder; files gone are left out. */
    private void fillRecent(Menu recent, Reopening reopening) {
        recent.getItems().clear();
        int n = 0;
        for (Path ledger : reopening.recent()) {
            n++;
            MenuItem item = new MenuItem(labels.get("menu.recentLedger", n, ledgerName(ledger),
                    ledger.getParent() == null ? "" : ledger.getParent().toString()));
            item.setMnemonicParsing(false);
            item.setId("recent-" + n);
            item.setOnAction(e -> reopening.open(ledger));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(labels.get("menu.noRecent"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    /** A ledger's file name without the ending every ledger file has. */
    static String ledgerName(Path ledger) {
        String name = ledger.getFileName().toString();
        return name.endsWith(LEDGER_ENDING) ? name.substring(0, name.length() - LEDGER_ENDING.length()) : name;
    }

    private static final String LEDGER_ENDING = ".mv.db";

    private Optional<Path> chooseLedger(Window owner, Path shown) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(labels.get("menu.openTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(labels.get("menu.ledgerFiles"),
                "*" + LEDGER_ENDING));
        if (shown != null && shown.getParent() != null && java.nio.file.Files.isDirectory(shown.getParent())) {
            chooser.setInitialDirectory(shown.getParent().toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    private MenuItem item(String key, KeyCombination shortcut, Runnable action) {
        MenuItem item = new MenuItem(labels.get(key));
        item.setId(key.replace('.', '-'));
        item.setAccelerator(shortcut);
        item.setOnAction(e -> action.run());
        return item;
    }

    private Optional<Path> chooseCsv(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(labels.get("menu.chooseCsv"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(labels.get("menu.csvFiles"), "*.csv"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    private Optional<Path> saveJournal(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(labels.get("menu.exportJournal"));
        chooser.setInitialFileName("poruka.journal");
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }

    /** Adds an area to the navigation, in the order added; its screen is made when first shown. */
    void addArea(Area area) {
        areas.add(area);
        ToggleButton button = new ToggleButton(labels.get(area.labelKey()));
        button.setId("nav-" + area.id());
        button.setUserData(area.id());
        button.setToggleGroup(navigation);
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("nav-button");
        button.setTooltip(new Tooltip(new KeyCodeCombination(area.key(), KeyCombination.SHORTCUT_DOWN).getDisplayText()));
        button.setOnAction(e -> show(area.id()));
        navBox.getChildren().add(button);
        if (root.getLeft() == null) {
            navBox.setId("navigation");
            navBox.getStyleClass().add("navigation");
            root.setLeft(navBox);
        }
    }

    private final VBox navBox = new VBox(4);

    /** Shows an area, making its screen the first time, and reads the books again for it. */
    void show(String id) {
        Area area = areas.stream().filter(a -> a.id().equals(id)).findFirst().orElse(areas.get(0));
        Screen screen = shown.computeIfAbsent(area.id(), k -> area.screen().get());
        if (screen != current) {
            current = screen;
            content.getChildren().setAll(screen.root());
            screen.refresh();
        }
        navigation.getToggles().forEach(t -> t.setSelected(area.id().equals(t.getUserData())));
        screen.focus();
    }

    /** The area shown now, to be remembered for the next start. */
    String currentArea() {
        Toggle t = navigation.getSelectedToggle();
        return t == null ? "" : (String) t.getUserData();
    }

    /** After the books changed, every screen made so far reads them again. */
    void refreshScreens() {
        shown.values().forEach(Screen::refresh);
    }

    /** The first window's content (members and latest exchanges) as an area of its own. */
    Screen overview() {
        SplitPane split = new SplitPane(membersPane(), exchangesPane());
        split.setDividerPositions(0.6);
        return new Screen() {
            @Override
            public Parent root() {
                return split;
            }

            @Override
            public void refresh() {
                vm.refresh();
            }

            @Override
            public void focus() {
                focusSearch();
            }
        };
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
        return AmountColumns.of(id, title, value, vm::amount, markNegative);
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
        Label verified = new Label();
        verified.setId("verifiedAt");
        verified.textProperty().bind(vm.verifiedProperty());
        verified.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, path, spacer(), work(), entries, new Separator(Orientation.VERTICAL), head,
                new Separator(Orientation.VERTICAL), verified);
        bar.setId("statusBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Long work running in the background: what it is, how far it got, and a way to stop it; or how it ended. */
    private Node work() {
        BackgroundWork work = vm.work();
        Label title = new Label();
        title.setId("workTitle");
        title.textProperty().bind(work.titleProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("workProgress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(work.progressProperty());
        Button cancel = new Button(labels.get("work.cancel"));
        cancel.setId("workCancel");
        cancel.getStyleClass().addAll("small", "flat");
        cancel.setOnAction(e -> work.cancel());
        HBox running = new HBox(8, title, bar, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(work.runningProperty());
        running.managedProperty().bind(running.visibleProperty());

        Label notice = new Label();
        notice.setId("notice");
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(work.runningProperty().not());
        notice.managedProperty().bind(notice.visibleProperty());
        vm.noticeIsProblemProperty().addListener((o, was, problem) -> notice.pseudoClassStateChanged(PROBLEM, problem));
        notice.getStyleClass().add("notice");
        HBox box = new HBox(running, notice);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
