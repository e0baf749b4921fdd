package coop.poruka.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.poruka.domain.money.Amounts;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void parsesWholeAndDecimalAmountsIntoMinorUnits() {
        assertThat(Amounts.parse("40", 2)).isEqualTo(4000);
        assertThat(Amounts.parse("40.5", 2)).isEqualTo(4050);
        assertThat(Amounts.parse(" 12.50 ", 2)).isEqualTo(1250);
        assertThat(Amounts.parse("7", 0)).isEqualTo(7);
        assertThat(Amounts.parse("0.0001", 4)).isEqualTo(1);
        assertThat(Amounts.parse("3.00", 0)).isEqualTo(3);
    }

    @Test
    void refusesMoreDecimalsThanTheUnitHas() {
        assertThatThrownBy(() -> Amounts.parse("1.234", 2))
                .isInstanceOf(LedgerException.class).hasMessageContaining("more decimals");
    }

    @Test
    void refusesTextCommasAndHugeNumbers() {
        assertThatThrownBy(() -> Amounts.parse("12,50", 2)).hasMessageContaining("not an amount");
        assertThatThrownBy(() -> Amounts.parse("1e5", 2)).hasMessageContaining("not an amount");
        assertThatThrownBy(() -> Amounts.parse("", 2)).hasMessageContaining("missing");
        assertThatThrownBy(() -> Amounts.parse("99999999999999", 2)).hasMessageContaining("larger than");
    }

    @Test
    void formatsWithExactlyTheUnitsDecimals() {
        assertThat(Amounts.format(4050, 2)).isEqualTo("40.50");
        assertThat(Amounts.format(-5, 2)).isEqualTo("-0.05");
        assertThat(Amounts.format(7, 0)).isEqualTo("7");
    }
}
