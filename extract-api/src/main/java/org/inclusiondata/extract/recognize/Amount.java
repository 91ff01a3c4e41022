package org.inclusiondata.extract.recognize;

import java.math.BigDecimal;

/** A money figure as written: the amount (multiplier applied) and its ISO 4217 currency. */
public record Amount(BigDecimal amount, String currency) {
}
