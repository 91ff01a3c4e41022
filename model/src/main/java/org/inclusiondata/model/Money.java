package org.inclusiondata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A money figure about a project: amount, ISO 4217 currency and what kind of figure it is.
 *
 * <p>The amount is kept in canonical form: trailing zeros after the decimal point are dropped and
 * the scale is never negative, so {@code 1756996.00}, {@code 1756996.0} and {@code 1.756996E+6} all
 * become {@code 1756996}, and {@code 12.50} becomes {@code 12.5}. Two figures of the same value are
 * therefore {@link #equals equal}, hash alike and serialise to the same bytes; how the page wrote
 * the number stays visible through {@link #span()}.
 */
@JsonPropertyOrder({"amount", "currency", "kind", "span"})
public record Money(
        BigDecimal amount,
        String currency,
        FundingKind kind,
        @JsonInclude(JsonInclude.Include.NON_NULL) Span span) {

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    /** @throws IllegalArgumentException when the currency is not three capital letters */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(kind, "kind");
        if (!CURRENCY_CODE.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency '" + currency
                    + "' is not an ISO 4217 code; write three capital letters such as EUR, HUF, BGN, RSD");
        }
        amount = canonical(amount);
    }

    /** A figure without provenance. */
    public Money(BigDecimal amount, String currency, FundingKind kind) {
        this(amount, currency, kind, null);
    }

    /** True when the currency is a code that ISO 4217 defines (including withdrawn ones such as HRK). */
    public boolean hasKnownCurrency() {
        try {
            return Currency.getInstance(currency).getCurrencyCode().equals(currency);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The same figure with another provenance. */
    public Money withSpan(Span newSpan) {
        return new Money(amount, currency, kind, newSpan);
    }

    /** Far beyond any budget; bounds the cost of canonicalising (quadratic in the digits) on hostile input. */
    static final int MAX_DIGITS = 40;

    private static BigDecimal canonical(BigDecimal value) {
        if (value.precision() > MAX_DIGITS || Math.abs((long) value.scale()) > MAX_DIGITS) {
            throw new IllegalArgumentException("an amount of " + value.precision() + " digits (scale " + value.scale()
                    + ") is no money figure; at most " + MAX_DIGITS + " digits are accepted");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        // stripTrailingZeros turns 4492400 into 4.4924E+6; a negative scale would print with an exponent.
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
