package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.app.Register.BalancePoint;
import coop.poruka.ui.MemberHistoryViewModel.Point;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberHistoryViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void balanceLineHoldsEachBalanceUntilTheNextChangeAndRunsOnToToday() {
        List<Point> line = MemberHistoryViewModel.steps(List.of(new BalancePoint(LocalDate.of(2026, 3, 1), 500),
                new BalancePoint(LocalDate.of(2026, 3, 5), -200)), TODAY);
        assertThat(line).containsExactly(new Point(LocalDate.of(2026, 3, 1), 500),
                new Point(LocalDate.of(2026, 3, 5), 500), new Point(LocalDate.of(2026, 3, 5), -200),
                new Point(TODAY, -200));
    }

    @Test
    void memberWhoNeverTradedHasNoLineAndOneWhoTradedTodayEndsThere() {
        assertThat(MemberHistoryViewModel.steps(List.of(), TODAY)).isEmpty();
        assertThat(MemberHistoryViewModel.steps(List.of(new BalancePoint(TODAY, 700)), TODAY))
                .containsExactly(new Point(TODAY, 700));
    }
}
