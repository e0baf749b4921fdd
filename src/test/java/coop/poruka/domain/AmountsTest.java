package coop.poruka.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.poruka.domain.money.Amounts;
import java.math.BigDecimal;
import java.util.Random;
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

    /** What parse must give: the exact value in minor units, or a refusal. */
    private static String reference(String text, int decimals) {
        String t = text.trim();
        if (!t.matches("-?[0-9]{1,19}(\\.[0-9]{1,19})?")) {
            return "refused";
        }
        BigDecimal minor = new BigDecimal(t).movePointRight(decimals);
        if (minor.stripTrailingZeros().scale() > 0 || minor.abs().compareTo(BigDecimal.valueOf(Amounts.MAX_LEG)) > 0) {
            return "refused";
        }
        return Long.toString(minor.longValueExact());
    }

    @Test
    void everyWrittenFormOfAnAmountGivesTheExactValueOrIsRefused() {
        Random random = new Random(11);
        String characters = "0123456789.-9 ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(19); k > 0; k--) {
                b.append(characters.charAt(random.nextInt(characters.length())));
            }
            String text = b.toString();
            int decimals = random.nextInt(5);
            String got;
            try {
                got = Long.toString(Amounts.parse(text, decimals));
            } catch (LedgerException e) {
                got = "refused";
            }
            assertThat(got).as("'%s' with %d decimals", text, decimals).isEqualTo(reference(text, decimals));
        }
    }
}
