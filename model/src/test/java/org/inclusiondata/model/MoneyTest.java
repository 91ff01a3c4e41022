package org.inclusiondata.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void equalValuesWrittenDifferentlyAreOneAmount() {
        assertEquals(new Money(new BigDecimal("1756996.00"), "RON", FundingKind.TOTAL),
                new Money(new BigDecimal("1.756996E+6"), "RON", FundingKind.TOTAL));
    }

    @Test
    void aNumberNoBudgetCouldHaveIsRefusedWithAReasonInsteadOfTakingMinutes() {
        BigDecimal absurd = new BigDecimal("9".repeat(200_000));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Money(absurd, "EUR", FundingKind.TOTAL));
        assertTrue(e.getMessage().contains("200000 digits"), e.getMessage());
    }
}
