package org.inclusiondata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** A money figure about a project: amount, ISO 4217 currency and what kind of figure it is. */
public record Money(
        BigDecimal amount,
        String currency,
        FundingKind kind,
        @JsonInclude(JsonInclude.Include.NON_NULL) Span span) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(kind, "kind");
    }

    /** True when the currency is a code that ISO 4217 defines (including withdrawn ones such as HRK). */
    public boolean hasKnownCurrency() {
        try {
            return Currency.getInstance(currency).getCurrencyCode().equals(currency);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
