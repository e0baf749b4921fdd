package coop.poruka.ui;

import coop.poruka.domain.member.MemberStatus;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One member's card: who they are, where they stand, and below that a slot for their balance
 * chart and exchanges, which the window fills (see {@link #setHistory}). Layout only.
 */
public final class MemberCard {
    private static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");

    private final MemberCardModel card;
    private final Labels labels;
    private final BorderPane root = new BorderPane();
    private final StackPane history = new StackPane();
    private final Button back;
    private final Button edit;

    MemberCard(MemberCardModel card, Labels labels) {
        this.card = card;
        this.labels = labels;
        root.setId("memberCard");
        root.getStyleClass().add("member-card");

        back = new Button(labels.get("memberCard.back"));
        back.setId("closeCard");
        back.setTooltip(new Tooltip(labels.get("memberCard.backTip")));
        edit = new Button(labels.get("memberCard.edit"));
        edit.setId("editFromCard");
        edit.setTooltip(new Tooltip(labels.get("memberCard.editTip")));

        Label name = bound(new Label(), "cardName", card.nameProperty());
        name.getStyleClass().add("card-name");
        Label code = bound(new Label(), "cardCode", card.codeProperty());
        code.getStyleClass().add("card-code");
        Label status = bound(new Label(), "cardStatus", card.statusProperty());
        status.getStyleClass().addAll("badge", "status-badge");
        card.statusValueProperty().addListener((o, was, now) -> markStatus(status, now));
        markStatus(status, card.statusValueProperty().get());
        HBox title = new HBox(12, name, code, status);
        title.setAlignment(Pos.BASELINE_LEFT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, title, gap, edit, back);
        top.setAlignment(Pos.CENTER_LEFT);

        GridPane details = new GridPane();
        details.getStyleClass().add("card-details");
        details.addRow(0, caption("memberCard.joined"), bound(new Label(), "cardJoined", card.joinedProperty()));
        details.addRow(1, caption("memberCard.contact"), bound(new Label(), "cardContact", card.contactProperty()));

        HBox standing = new HBox(12,
                tile("cardBalance", "members.balance", card.balanceProperty(), card.negativeProperty()),
                tile("cardLimit", "members.limit", card.creditLimitProperty(), null),
                tile("cardAvailable", "members.available", card.availableProperty(), card.overdrawnProperty()));
        standing.getStyleClass().add("card-standing");

        VBox head = new VBox(12, top, details, standing);
        head.getStyleClass().add("card-head");
        root.setTop(head);

        history.setId("cardHistory");
        history.getStyleClass().add("card-history");
        root.setCenter(history);
    }

    public Node root() {
        return root;
    }

    /**
     * Puts the member's balance chart and exchange list under their standing; null empties the
     * slot. Until something is put here the slot shows nothing.
     */
    public void setHistory(Node chartAndExchanges) {
        if (chartAndExchanges == null) {
            history.getChildren().clear();
        } else {
            history.getChildren().setAll(chartAndExchanges);
        }
    }

    Button backButton() {
        return back;
    }

    Button editButton() {
        return edit;
    }

    private Label caption(String key) {
        Label l = new Label(labels.get(key));
        l.getStyleClass().add("card-caption");
        return l;
    }

    private static Label bound(Label label, String id, ReadOnlyStringProperty text) {
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    /** A caption over a large right-aligned amount, marked when {@code bad} holds. */
    private Node tile(String id, String captionKey, ReadOnlyStringProperty amount, ReadOnlyBooleanProperty bad) {
        Label value = bound(new Label(), id, amount);
        value.getStyleClass().add("tile-amount");
        value.setMaxWidth(Double.MAX_VALUE);
        value.setAlignment(Pos.CENTER_RIGHT);
        if (bad != null) {
            value.pseudoClassStateChanged(NEGATIVE, bad.get());
            bad.addListener((o, was, now) -> value.pseudoClassStateChanged(NEGATIVE, now));
        }
        VBox tile = new VBox(2, caption(captionKey), value);
        tile.getStyleClass().add("standing-tile");
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setMaxWidth(Double.MAX_VALUE);
        return tile;
    }

    private static void markStatus(Label badge, MemberStatus s) {
        for (MemberStatus each : MemberStatus.values()) {
            badge.pseudoClassStateChanged(PseudoClass.getPseudoClass(each.name().toLowerCase(java.util.Locale.ROOT)),
                    each == s);
        }
    }
}
