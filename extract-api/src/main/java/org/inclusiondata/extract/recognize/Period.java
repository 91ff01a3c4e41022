package org.inclusiondata.extract.recognize;

import org.inclusiondata.model.PartialDate;

/** Two dates written as a range ({@code 2013.12.01 – 2015.03.31}); the end is never before the start. */
public record Period(PartialDate start, PartialDate end) {
}
