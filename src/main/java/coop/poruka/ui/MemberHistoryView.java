package coop.poruka.ui;

import coop.poruka.ui.MemberHistoryViewModel.Point;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * A member's balance over time above their exchanges, for the history slot of the member card.
 * Layout only: the dates on the axis and the amounts are written the person's way by the model's
 * formats.
 */
final class MemberHistoryView {
    private final MemberHistoryViewModel vm;
    private final Labels labels;
    private final VBox root = new VBox(10);
    private final XYChart.Series<Number, Number> balance = new XYChart.Series<>();
    private final NumberAxis days = new NumberAxis();
    /** About this many dates under the chart, so they never crowd each other. */
    private static final int DATE_TICKS = 8;

    MemberHistoryView(MemberHistoryViewModel vm) {
        this.vm = vm;
        this.labels = vm.labels();
        root.setId("memberHistory");
        root.getStyleClass().add("member-history");

        Label chartTitle = new Label(labels.get("memberCard.balanceOverTime"));
        chartTitle.getStyleClass().add("section-title");
        Node chart = chart();

        Label exchangesTitle = new Label(labels.get("memberCard.exchanges"));
        exchangesTitle.getStyleClass().add("section-title");
        RegisterViewModel exchanges = vm.exchanges();
        TableView<RegisterRow> table = RegisterView.table(exchanges, "cardExchanges");
        table.setMinHeight(160);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label status = RegisterView.status(exchanges, "cardExchangesStatus");
        status.getStyleClass().add("muted");
        Button more = RegisterView.more(exchanges, "cardExchangesMore");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleBar = new HBox(10, exchangesTitle, gap, status, more);
        titleBar.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(chartTitle, chart, titleBar, table);
    }

    Node root() {
        return root;
    }

    private Node chart() {
        days.setForceZeroInRange(false);
        // From the first change to today exactly: the chart's own rounding would add empty months.
        days.setAutoRanging(false);
        days.setMinorTickVisible(false);
        days.setTickLabelFormatter(converter(n -> vm.formats().shortDate(LocalDate.ofEpochDay(Math.round(n)))));
        NumberAxis amounts = new NumberAxis();
        amounts.setForceZeroInRange(true);
        amounts.setMinorTickVisible(false);
        amounts.setTickLabelFormatter(converter(n -> vm.formats().units(n)));

        AreaChart<Number, Number> chart = new AreaChart<>(days, amounts);
        chart.setId("balanceChart");
        chart.getStyleClass().add("balance-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(false);
        chart.setHorizontalGridLinesVisible(true);
        chart.setVerticalGridLinesVisible(false);
        chart.setMinHeight(180);
        chart.setPrefHeight(230);
        balance.setName(labels.get("members.balance"));
        chart.getData().add(balance);
        vm.points().addListener((ListChangeListener<Point>) c -> draw());
        draw();

        Label note = new Label();
        note.setId("balanceChartNote");
        note.getStyleClass().add("muted");
        note.textProperty().bind(vm.chartNoteProperty());
        note.visibleProperty().bind(vm.chartNoteProperty().isNotEmpty());
        return new StackPane(chart, note);
    }

    private void draw() {
        double scale = Math.pow(10, vm.formats().decimals());
        List<XYChart.Data<Number, Number>> data = new ArrayList<>(vm.points().size());
        for (Point p : vm.points()) {
            data.add(new XYChart.Data<>(p.date().toEpochDay(), p.balance() / scale));
        }
        balance.getData().setAll(data);
        if (!data.isEmpty()) {
            long first = vm.points().get(0).date().toEpochDay();
            long last = Math.max(first + 1, vm.points().get(vm.points().size() - 1).date().toEpochDay());
            days.setLowerBound(first);
            days.setUpperBound(last);
            days.setTickUnit(Math.max(1, Math.ceil((last - first) / (double) DATE_TICKS)));
        }
    }

    private static StringConverter<Number> converter(java.util.function.DoubleFunction<String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n == null ? "" : format.apply(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException("the axis is only written");
            }
        };
    }
}
