package coop.poruka.ui;

import atlantafx.base.theme.Styles;
import coop.poruka.domain.member.MemberStatus;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The form that adds or changes a member, beside the table. Each field has its message right
 * under it; Enter saves, Escape cancels. Layout only: the checks and the writing are the model's.
 */
final class MemberEditor {
    private final MembersViewModel vm;
    private final MemberForm form;
    private final Labels labels;
    private final VBox root = new VBox();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField limit = new TextField();
    private final TextField contact = new TextField();
    private final ComboBox<MemberStatus> status = new ComboBox<>();
    private final TextField reason = new TextField();
    private java.util.function.Consumer<String> onSaved = code -> { };
    private Runnable onClosed = () -> { };

    MemberEditor(MembersViewModel vm) {
        this.vm = vm;
        this.form = vm.form();
        this.labels = vm.labels();
        root.setId("memberEditor");
        root.getStyleClass().add("member-editor");

        Label title = new Label();
        title.setId("editorTitle");
        title.getStyleClass().add("pane-title");
        title.textProperty().bind(Bindings.when(form.addingProperty())
                .then(labels.get("memberEdit.titleNew"))
                .otherwise(Bindings.createStringBinding(() -> labels.get("memberEdit.titleChange",
                        form.codeProperty().get()), form.codeProperty())));

        code.setId("codeField");
        code.setPromptText(labels.get("memberEdit.codeHint"));
        code.editableProperty().bind(form.addingProperty());
        code.focusTraversableProperty().bind(form.addingProperty());
        name.setId("nameField");
        limit.setId("limitField");
        limit.getStyleClass().add("amount-field");
        contact.setId("contactField");
        contact.setPromptText(labels.get("memberEdit.contactHint"));
        reason.setId("reasonField");
        reason.setPromptText(labels.get("memberEdit.reasonHint"));

        status.setId("statusField");
        status.getItems().setAll(vm.statuses());
        status.setCellFactory(l -> new StatusCell());
        status.setButtonCell(new StatusCell());
        status.valueProperty().bindBidirectional(form.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);

        Node changeOnly = new VBox(12, field("status", labels.get("memberEdit.status"), status, null),
                field("reason", labels.get("memberEdit.reason"), bound(reason, form.reasonProperty()),
                        form.reasonErrorProperty()));
        changeOnly.visibleProperty().bind(form.addingProperty().not());
        changeOnly.managedProperty().bind(changeOnly.visibleProperty());

        Label formError = errorLabel("formError", form.formErrorProperty());

        Button save = new Button(labels.get("memberEdit.save"));
        save.setId("saveMember");
        save.getStyleClass().add("accent");
        save.setTooltip(new Tooltip(labels.get("memberEdit.saveTip")));
        save.setOnAction(e -> save());
        Button cancel = new Button(labels.get("memberEdit.cancel"));
        cancel.setId("cancelMember");
        cancel.setTooltip(new Tooltip(labels.get("memberEdit.cancelTip")));
        cancel.setOnAction(e -> cancel());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("editor-buttons");

        VBox fields = new VBox(
                field("code", labels.get("members.code"), bound(code, form.codeProperty()), form.codeErrorProperty()),
                field("name", labels.get("members.name"), bound(name, form.nameProperty()), form.nameErrorProperty()),
                field("limit", labels.get("memberEdit.limit", vm.unitSymbol()), bound(limit, form.creditLimitProperty()),
                        form.creditLimitErrorProperty()),
                field("contact", labels.get("memberEdit.contact"), bound(contact, form.contactProperty()),
                        form.contactErrorProperty()),
                changeOnly, formError, buttons);
        fields.getStyleClass().add("editor-fields");
        root.getChildren().setAll(title, fields);

        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !status.isShowing()) {
                e.consume();
                cancel();
            } else if (e.getCode() == KeyCode.ENTER && !status.isShowing()) {
                e.consume();
                // On a button Enter presses that button (Cancel stays Cancel); anywhere else it saves.
                if (e.getTarget() instanceof Button b) {
                    b.fire();
                } else {
                    save();
                }
            }
        });
    }

    Node root() {
        return root;
    }

    /** Called with the member's code after a successful save. */
    void onSaved(java.util.function.Consumer<String> r) {
        onSaved = r;
    }

    void onClosed(Runnable r) {
        onClosed = r;
    }

    /** The first field the clerk types into: the code of a new member, the name of one being changed. */
    void focus() {
        TextField first = form.isAdding() ? code : name;
        first.requestFocus();
        first.selectAll();
    }

    private void save() {
        vm.save().ifPresentOrElse(onSaved, this::focusFirstError);
    }

    private void cancel() {
        vm.cancelEdit();
        onClosed.run();
    }

    private void focusFirstError() {
        TextInputControl[] order = {code, name, limit, contact, reason};
        StringProperty[] errors = {form.codeErrorProperty(), form.nameErrorProperty(), form.creditLimitErrorProperty(),
                form.contactErrorProperty(), form.reasonErrorProperty()};
        for (int i = 0; i < order.length; i++) {
            if (!errors[i].get().isEmpty()) {
                order[i].requestFocus();
                order[i].selectAll();
                return;
            }
        }
    }

    private static <T extends TextInputControl> T bound(T field, StringProperty value) {
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** A caption, the control, and under it the control's message when there is one. */
    private Node field(String id, String caption, Node control, StringProperty error) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-caption");
        label.setLabelFor(control);
        if (control instanceof Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        VBox box = new VBox(4, label, control);
        box.getStyleClass().add("editor-field");
        if (error != null) {
            box.getChildren().add(errorLabel(id + "Error", error));
            control.pseudoClassStateChanged(Styles.STATE_DANGER, !error.get().isEmpty());
            error.addListener((o, was, now) -> control.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        }
        return box;
    }

    private static Label errorLabel(String id, StringProperty error) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.textProperty().bind(error);
        l.visibleProperty().bind(error.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private final class StatusCell extends ListCell<MemberStatus> {
        @Override
        protected void updateItem(MemberStatus s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : vm.statusName(s));
        }
    }
}
