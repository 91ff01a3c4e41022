/**
 * Which language and script a page is written in: Apache OpenNLP's detector, with a marker lexicon
 * for Serbian, Croatian and Bosnian in Latin script and alphabet checks for the Cyrillic languages,
 * the two places where n-gram statistics alone get this corpus wrong. Lexicons are resources next
 * to these classes.
 */
package org.inclusiondata.extract.language;
