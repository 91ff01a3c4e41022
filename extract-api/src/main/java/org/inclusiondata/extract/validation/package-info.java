/**
 * Rules that a dataset must satisfy before it is published: each document readable and in a
 * supported language, at least one project unless the page is marked as describing none, and every
 * record well-formed (a title, end not before start, known ISO 4217 currencies, positive amounts,
 * evidence spans inside the text). The rules only report; what to do with the findings (fail a
 * build, show them in a report) is the caller's choice, which is why they live here and not in the
 * Maven plugin.
 */
package org.inclusiondata.extract.validation;
