package coop.poruka.ui;

import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.ui.CounterViewModel.DeskRow;
import coop.poruka.ui.CounterViewModel.LegInput;
import coop.poruka.ui.CounterViewModel.Outcome;
import coop.poruka.ui.CounterViewModel.Problem;
import coop.poruka.ui.CounterViewModel.Standing;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The counter, where the clerk records exchanges all day from the keyboard: the legs on the
 * left with each party's standing below them, what was just posted and the day's exchanges on
 * the right. Enter posts, Ctrl+L adds a leg, Esc clears, Delete or Ctrl+R reverses the selected
 * exchange. Layout only; everything shown comes from the model.
 */
final class CounterView implements Screen {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass OVER_LIMIT = PseudoClass.getPseudoClass("over-limit");
    private static final PseudoClass NOT_ACTIVE = PseudoClass.getPseudoClass("not-active");
    private static final KeyCombination ADD_LEG = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REVERSE = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination RECEIPT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private static final double SIDE_SHARE = 0.34;
    private static final double SIDE_MIN = 370;
    private static final double SIDE_MAX = 620;

    private final CounterViewModel vm;
    private final Labels labels;
    private final StackPane root = new StackPane();
    private final Pane overlay = new Pane();
    private final MemberCompletion completion;
    private final GridPane legsGrid = new GridPane();
    private final List<TextField> supplierFields = new ArrayList<>();
    private final List<TextField> receiverFields = new ArrayList<>();
    private final TextField override = new TextField();
    private final ListView<DeskRow> desk = new ListView<>();
    private final TextField reverseReason = new TextField();
    private final Label reverseAsk = new Label();
    private final VBox reverseBox = new VBox(6);
    private final Button printReceipt = new Button();
    /** The first reading of the books has been done (the day's list once drawn). */
    private boolean shownOnce;
    private Consumer<PostedExchange> receiptRequested;

    CounterView(CounterViewModel vm) {
        this.vm = vm;
        this.labels = vm.labels();
        overlay.setPickOnBounds(false);
        completion = new MemberCompletion(overlay, vm::suggestions);

        BorderPane main = new BorderPane();
        main.setCenter(form());
        main.setRight(sidePane());
        root.getChildren().addAll(main, overlay);
        root.setId("counterView");
        root.getStyleClass().add("counter-view");

        vm.legs().addListener((ListChangeListener<LegInput>) c -> buildLegs());
        buildLegs();
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::plainKeys);
        if (vm.printsReceipts()) {
            vm.setReceiptFile(this::chooseReceiptFile);
            vm.setPasswordAsk(problem -> KeystoreDialog.ask(root.getScene() == null ? null : root.getScene().getWindow(),
                    labels, problem));
            setOnReceiptRequested(vm::printReceipt);
        }
    }

    /** The save dialog for a receipt, on the suggested folder and name; PDF files only. */
    private java.util.Optional<java.nio.file.Path> chooseReceiptFile(String name, java.nio.file.Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(labels.get("counter.receiptTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(labels.get("counter.pdfFiles"), "*.pdf"));
        if (java.nio.file.Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(name);
        java.io.File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        return java.util.Optional.ofNullable(file).map(java.io.File::toPath);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void refresh() {
        if (shownOnce || root.getScene() == null) {
            vm.refresh();
            return;
        }
        shownOnce = true;
        // The day's list is not needed to start typing: read once the counter is on the screen,
        // so the window opens without waiting for it.
        vm.refreshMembers();
        FirstFrame.after(root.getScene(), vm::refreshDesk);
    }

    @Override
    public void focus() {
        supplierFields.get(0).requestFocus();
    }

    /**
     * What the receipt button and Ctrl+P do with the exchange just posted or reversed: the shell
     * sets it to print the receipt. Without it the button stays disabled.
     */
    void setOnReceiptRequested(Consumer<PostedExchange> receiptRequested) {
        this.receiptRequested = receiptRequested;
        updateReceiptButton();
    }

    private void updateReceiptButton() {
        printReceipt.setDisable(receiptRequested == null || vm.lastPostedProperty().get() == null
                || vm.savingReceiptProperty().get());
    }

    // ---- keyboard

    private void shortcuts(KeyEvent e) {
        if (ADD_LEG.match(e)) {
            addLeg();
            e.consume();
        } else if (REVERSE.match(e)) {
            askReverse();
            e.consume();
        } else if (RECEIPT.match(e)) {
            requestReceipt();
            e.consume();
        }
    }

    /** Enter and Esc that no field used for itself: post, or clear. */
    private void plainKeys(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !desk.isFocused()) {
            post();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            if (reverseBox.isVisible()) {
                closeReverse();
            } else {
                vm.clear();
                focus();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE && desk.isFocused()) {
            askReverse();
            e.consume();
        }
    }

    private void post() {
        Outcome outcome = vm.post();
        if (outcome == Outcome.NEEDS_OVERRIDE) {
            override.requestFocus();
        } else if (outcome == Outcome.POSTED) {
            focus();
        }
    }

    private void addLeg() {
        LegInput leg = vm.addLeg();
        int last = vm.legs().size() - 1;
        (leg.supplierProperty().get().isEmpty() ? supplierFields : receiverFields).get(last).requestFocus();
    }

    // ---- the exchange being typed

    private Node form() {
        Label title = new Label(labels.get("counter.title"));
        title.getStyleClass().add("pane-title");
        Label keys = new Label(labels.get("counter.keys"));
        keys.getStyleClass().add("counter-keys");
        keys.setWrapText(true);
        VBox heading = new VBox(2, title, keys);

        legsGrid.setId("counterLegs");
        legsGrid.getStyleClass().add("counter-legs");
        legsGrid.setHgap(8);
        legsGrid.setVgap(6);
        ColumnConstraints member = new ColumnConstraints(180, 250, 340);
        ColumnConstraints arrow = new ColumnConstraints();
        ColumnConstraints value = new ColumnConstraints(100, 120, 160);
        ColumnConstraints memo = new ColumnConstraints(120, 180, Double.MAX_VALUE);
        memo.setHgrow(Priority.ALWAYS);
        legsGrid.getColumnConstraints().setAll(member, arrow, member, value, memo, new ColumnConstraints());

        Button addLeg = new Button(labels.get("counter.addLeg"));
        addLeg.setId("counterAddLeg");
        addLeg.setFocusTraversable(false);
        addLeg.setOnAction(e -> addLeg());
        Button clear = new Button(labels.get("counter.clear"));
        clear.setId("counterClear");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> {
            vm.clear();
            focus();
        });
        Button post = new Button(labels.get("counter.post"));
        post.setId("counterPost");
        post.getStyleClass().add("accent");
        post.setFocusTraversable(false);
        post.setOnAction(e -> post());
        HBox buttons = new HBox(8, addLeg, spacer(), clear, post);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("counterMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("counter-message");
        vm.messageIsErrorProperty().addListener((o, was, error) -> styleMessage(message, error));
        styleMessage(message, vm.messageIsErrorProperty().get());
        showOnlyWithText(message);

        Label blocked = new Label();
        blocked.setId("counterBlocked");
        blocked.setWrapText(true);
        blocked.textProperty().bind(vm.blockedProperty());
        blocked.getStyleClass().addAll("counter-message", "error");
        showOnlyWithText(blocked);

        Label rule = new Label(labels.get("counter.overrideRule"));
        rule.setWrapText(true);
        rule.getStyleClass().add("override-rule");
        override.setId("counterOverride");
        override.setPromptText(labels.get("counter.overridePrompt"));
        override.textProperty().bindBidirectional(vm.overrideProperty());
        VBox overrideBox = new VBox(4, rule, override);
        overrideBox.setId("counterOverrideBox");
        overrideBox.getStyleClass().add("override-box");
        showWhen(overrideBox, vm.overrideAskedProperty().get());
        vm.overrideAskedProperty().addListener((o, was, asked) -> showWhen(overrideBox, asked));

        Label standingTitle = new Label(labels.get("counter.standing"));
        standingTitle.getStyleClass().add("section-title");
        TableView<Standing> standing = standingTable();

        VBox form = new VBox(12, heading, legsGrid, buttons, message, blocked, overrideBox, standingTitle, standing);
        form.getStyleClass().add("counter-form");
        return form;
    }

    private static void styleMessage(Label message, boolean error) {
        message.getStyleClass().removeAll("error", "success");
        message.getStyleClass().add(error ? "error" : "success");
    }

    /** One row per leg: supplier → receiver, value, memo; rebuilt whenever legs come or go. */
    private void buildLegs() {
        legsGrid.getChildren().clear();
        supplierFields.clear();
        receiverFields.clear();
        legsGrid.addRow(0, header("counter.supplier"), new Label(), header("counter.receiver"),
                header("counter.amount"), header("counter.memo"));
        int row = 1;
        for (LegInput leg : vm.legs()) {
            int n = row;
            TextField supplier = memberField("counterSupplier", n, leg.supplierProperty());
            TextField receiver = memberField("counterReceiver", n, leg.receiverProperty());
            Label arrow = new Label("→");
            arrow.getStyleClass().add("leg-arrow");

            TextField amount = new TextField();
            amount.setId(id("counterAmount", n));
            amount.getStyleClass().add("amount-field");
            amount.setPromptText(vm.amount(0));
            amount.textProperty().bindBidirectional(leg.amountProperty());
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(leg.amountErrorProperty());
            leg.amountErrorProperty().addListener((o, was, error) -> {
                amount.pseudoClassStateChanged(INVALID, !error.isEmpty());
                amount.setTooltip(error.isEmpty() ? null : tip);
            });

            TextField memo = new TextField();
            memo.setId(id("counterMemo", n));
            memo.setPromptText(labels.get("counter.memoPrompt"));
            memo.textProperty().bindBidirectional(leg.memoProperty());

            Button remove = new Button("×");
            remove.setId(id("counterRemoveLeg", n));
            remove.getStyleClass().addAll("flat", "remove-leg");
            remove.setFocusTraversable(false);
            remove.setTooltip(new Tooltip(labels.get("counter.removeLeg")));
            remove.setVisible(vm.legs().size() > 1);
            remove.setOnAction(e -> vm.removeLeg(leg));

            legsGrid.addRow(row++, supplier, arrow, receiver, amount, memo, remove);
            supplierFields.add(supplier);
            receiverFields.add(receiver);
        }
    }

    /** The first leg's fields keep the plain ids; later legs add their number, such as counterSupplier2. */
    private static String id(String base, int leg) {
        return leg == 1 ? base : base + leg;
    }

    private TextField memberField(String base, int leg, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id(base, leg));
        field.setPromptText(labels.get("counter.memberPrompt"));
        field.textProperty().bindBidirectional(value);
        completion.attach(field);
        return field;
    }

    private Label header(String key) {
        Label l = new Label(labels.get(key));
        l.getStyleClass().add("field-title");
        return l;
    }

    private TableView<Standing> standingTable() {
        TableView<Standing> table = new TableView<>(vm.standings());
        table.setId("counterStanding");
        table.getStyleClass().addAll("dense", "standing-table");
        table.setPlaceholder(new Label(labels.get("counter.noParties")));
        table.setFocusTraversable(false);
        table.setMinHeight(150);
        table.setPrefHeight(230);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        TableColumn<Standing, String> member = new TableColumn<>(labels.get("counter.member"));
        member.setId("standingMember");
        member.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code() + "  " + c.getValue().name()));
        member.setPrefWidth(200);
        TableColumn<Standing, Standing> status = new TableColumn<>(labels.get("counter.status"));
        status.setId("standingStatus");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Standing s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().remove("problem");
                if (empty || s == null) {
                    setText(null);
                    return;
                }
                setText(switch (s.problem()) {
                    case NONE -> s.status();
                    case OVER_LIMIT -> labels.get("counter.overLimitMark");
                    case NOT_ACTIVE -> s.status() + " · " + labels.get("counter.notActiveMark");
                });
                if (s.problem() != Problem.NONE) {
                    getStyleClass().add("problem");
                }
            }
        });
        status.setPrefWidth(100);
        // Grouped under "now" and "after this exchange", so each header stays one short word.
        TableColumn<Standing, ?> now = new TableColumn<>(labels.get("counter.now"));
        now.getColumns().add(amountColumn("standingBalance", "counter.balance", Standing::balance));
        now.getColumns().add(amountColumn("standingLimit", "counter.limit", Standing::creditLimit));
        now.getColumns().add(amountColumn("standingAvailable", "counter.available", Standing::available));
        TableColumn<Standing, ?> after = new TableColumn<>(labels.get("counter.afterGroup"));
        after.getColumns().add(amountColumn("standingNet", "counter.net", Standing::net));
        after.getColumns().add(amountColumn("standingAfter", "counter.balance", Standing::balanceAfter));
        after.getColumns().add(amountColumn("standingAvailableAfter", "counter.available", Standing::availableAfter));
        table.getColumns().add(member);
        table.getColumns().add(status);
        table.getColumns().add(now);
        table.getColumns().add(after);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Standing s, boolean empty) {
                super.updateItem(s, empty);
                pseudoClassStateChanged(OVER_LIMIT, !empty && s != null && s.problem() == Problem.OVER_LIMIT);
                pseudoClassStateChanged(NOT_ACTIVE, !empty && s != null && s.problem() == Problem.NOT_ACTIVE);
            }
        });
        return table;
    }

    private TableColumn<Standing, Long> amountColumn(String id, String key, Function<Standing, Long> value) {
        TableColumn<Standing, Long> column = AmountColumns.of(id, labels.get(key), value, vm::amount, true);
        column.setPrefWidth(90);
        column.setSortable(false);
        return column;
    }

    // ---- what was posted, and the day's exchanges

    private Node sidePane() {
        Label postedTitle = new Label(labels.get("counter.postedTitle"));
        postedTitle.getStyleClass().add("section-title");
        Label shortId = new Label();
        shortId.setId("counterPostedShort");
        shortId.getStyleClass().add("posted-short");
        shortId.textProperty().bind(vm.lastShortIdProperty());
        TextInputControl fullId = copyable(new TextField(), "counterPostedId", vm.lastIdProperty());
        TextArea hashArea = new TextArea();
        // A hash is 64 digits: two lines, so all of it shows beside the list.
        hashArea.setWrapText(true);
        hashArea.setPrefRowCount(2);
        TextInputControl hash = copyable(hashArea, "counterPostedHash", vm.lastHashProperty());
        Label none = new Label(labels.get("counter.postedNone"));
        none.getStyleClass().add("muted");

        Button copy = new Button(labels.get("counter.copyId"));
        copy.setId("counterCopyId");
        copy.setFocusTraversable(false);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.lastIdProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        printReceipt.setText(labels.get("counter.printReceipt"));
        printReceipt.setId("printReceipt");
        printReceipt.setFocusTraversable(false);
        printReceipt.setDisable(true);
        printReceipt.setOnAction(e -> requestReceipt());
        HBox actions = new HBox(8, copy, printReceipt);

        GridPane details = new GridPane();
        details.setHgap(8);
        details.setVgap(4);
        details.addRow(0, header("counter.postedId"), shortId);
        details.add(fullId, 0, 1, 2, 1);
        details.addRow(2, header("counter.postedHash"));
        details.add(hash, 0, 3, 2, 1);
        details.add(actions, 0, 4, 2, 1);
        // The details join the box with the first exchange posted: hidden, they would still be
        // styled and laid out (a text area among them) before the counter's first frame.
        VBox posted = new VBox(6, postedTitle, none);
        posted.getStyleClass().add("posted-box");
        Runnable showPosted = () -> {
            boolean any = vm.lastPostedProperty().get() != null;
            if (any && details.getParent() == null) {
                posted.getChildren().add(details);
            }
            showWhen(details, any);
            showWhen(none, !any);
            updateReceiptButton();
        };
        vm.lastPostedProperty().addListener((o, a, b) -> showPosted.run());
        vm.savingReceiptProperty().addListener((o, a, b) -> updateReceiptButton());
        showPosted.run();

        Label deskTitle = new Label(labels.get("counter.deskTitle"));
        deskTitle.getStyleClass().add("section-title");
        desk.setId("counterDesk");
        desk.getStyleClass().add("counter-desk");
        desk.setItems(vm.desk());
        desk.setPlaceholder(new Label(labels.get("counter.deskNone")));
        desk.setCellFactory(l -> new DeskCell());
        VBox.setVgrow(desk, Priority.ALWAYS);

        reverseAsk.setWrapText(true);
        reverseAsk.setId("counterReverseAsk");
        reverseReason.setId("counterReverseReason");
        reverseReason.setPromptText(labels.get("counter.reversePrompt"));
        reverseReason.setOnAction(e -> {
            DeskRow row = desk.getSelectionModel().getSelectedItem();
            if (row != null && vm.reverse(row.id(), reverseReason.getText())) {
                closeReverse();
            }
            e.consume();
        });
        reverseBox.getChildren().setAll(reverseAsk, reverseReason);
        reverseBox.setId("counterReverseBox");
        reverseBox.getStyleClass().add("reverse-box");
        showWhen(reverseBox, false);

        VBox side = new VBox(10, posted, deskTitle, desk, reverseBox);
        side.getStyleClass().add("counter-side");
        // A third of the screen: wide enough for both parties and the value of every leg of the
        // day's exchanges at 1280 pixels, and wider on a large screen.
        side.prefWidthProperty().bind(root.widthProperty().multiply(SIDE_SHARE));
        side.setMinWidth(SIDE_MIN);
        side.setMaxWidth(SIDE_MAX);
        return side;
    }

    /** Read-only but selectable, so the clerk can copy it. */
    private static TextInputControl copyable(TextInputControl field, String id,
            javafx.beans.value.ObservableValue<String> value) {
        field.setId(id);
        field.setEditable(false);
        field.setFocusTraversable(false);
        field.getStyleClass().add("copyable");
        field.textProperty().bind(value);
        return field;
    }

    private void requestReceipt() {
        PostedExchange posted = vm.lastPostedProperty().get();
        if (posted != null && receiptRequested != null) {
            receiptRequested.accept(posted);
        }
    }

    /** Asks why the selected exchange (the newest when none is selected) should be reversed. */
    private void askReverse() {
        if (desk.getItems().isEmpty()) {
            return;
        }
        if (desk.getSelectionModel().isEmpty()) {
            desk.getSelectionModel().select(0);
        }
        reverseAsk.setText(labels.get("counter.reverseAsk", desk.getSelectionModel().getSelectedItem().shortId()));
        reverseReason.clear();
        showWhen(reverseBox, true);
        reverseReason.requestFocus();
    }

    private void closeReverse() {
        showWhen(reverseBox, false);
        desk.requestFocus();
    }

    private final class DeskCell extends ListCell<DeskRow> {
        @Override
        protected void updateItem(DeskRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("reversal", "reversed");
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label time = new Label(row.time());
            time.getStyleClass().add("exchange-date");
            Label id = new Label(row.shortId());
            id.getStyleClass().add("exchange-id");
            Label total = new Label(row.total());
            total.getStyleClass().add("leg-amount");
            total.setMinWidth(Region.USE_PREF_SIZE);
            HBox top = new HBox(8, time, id);
            top.setAlignment(Pos.CENTER_LEFT);
            if (row.reversal() || row.reversed()) {
                Label badge = new Label(labels.get(row.reversal() ? "exchanges.reversal" : "exchanges.reversed"));
                badge.getStyleClass().add("badge");
                top.getChildren().add(badge);
                getStyleClass().add(row.reversal() ? "reversal" : "reversed");
            }
            if (row.legs().size() > 1) {
                // The total of a swap or chain; a single leg's value is on its own line below.
                top.getChildren().addAll(spacer(), total);
            }
            VBox box = new VBox(2, top);
            for (ExchangeRow.LegRow leg : row.legs()) {
                // The parties and the value are never cut short; only a long memo is.
                Label parties = new Label(leg.parties());
                parties.getStyleClass().add("leg-parties");
                parties.setMinWidth(Region.USE_PREF_SIZE);
                Label memo = new Label(leg.memo());
                memo.getStyleClass().add("leg-memo");
                memo.setMinWidth(0);
                HBox.setHgrow(memo, Priority.ALWAYS);
                memo.setMaxWidth(Double.MAX_VALUE);
                Label amount = new Label(leg.amount());
                amount.getStyleClass().add("leg-amount");
                amount.setMinWidth(Region.USE_PREF_SIZE);
                HBox line = new HBox(8, parties, memo, amount);
                line.setAlignment(Pos.BASELINE_LEFT);
                box.getChildren().add(line);
            }
            if (!row.note().isEmpty()) {
                Label note = new Label(row.note());
                note.getStyleClass().add("exchange-note");
                note.setWrapText(true);
                box.getChildren().add(note);
            }
            box.setMaxWidth(Region.USE_PREF_SIZE);
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
            setGraphic(box);
        }
    }

    // ---- small helpers

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private static void showWhen(Node node, boolean show) {
        node.setVisible(show);
        node.setManaged(show);
    }

    private static void showOnlyWithText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
