package coop.poruka.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
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
                new SeparatorMenuItem());
        if (reopening != null) {
            file.getItems().addAll(
                    item("menu.backup", new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN,
                            KeyCombination.SHIFT_DOWN), () -> saveBackup(owner, reopening.shown())
                                    .ifPresent(f -> vm.backup(f, reopening.ledgers()))),
                    item("menu.restore", null, () -> chooseBackup(owner, reopening.shown())
                            .filter(f -> confirmRestore(owner, f, reopening.shown())).ifPresent(reopening::restore)),
                    new SeparatorMenuItem());
        }
        file.getItems().addAll(
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

    /** Where to write a backup: beside the ledger, named after it and today. */
    private Optional<Path> saveBackup(Window owner, Path ledger) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(labels.get("menu.backupTitle"));
        if (ledger != null) {
            chooser.setInitialDirectory(ledger.getParent().toFile());
            chooser.setInitialFileName(ledgerName(ledger) + "-backup-" + java.time.LocalDate.now() + LEDGER_ENDING);
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }

    private Optional<Path> chooseBackup(Window owner, Path ledger) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(labels.get("menu.restoreTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(labels.get("menu.ledgerFiles"),
                "*" + LEDGER_ENDING));
        if (ledger != null) {
            chooser.setInitialDirectory(ledger.getParent().toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    /** Replacing the books is asked once more, saying what happens to the ledger as it is. */
    private boolean confirmRestore(Window owner, Path backup, Path ledger) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, labels.get("restore.confirm", backup, ledger),
                ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setHeaderText(null);
        ask.setTitle(labels.get("menu.restoreTitle"));
        return ask.showAndWait().filter(ButtonType.OK::equals).isPresent();
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

    Parent root() {
        return root;
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
