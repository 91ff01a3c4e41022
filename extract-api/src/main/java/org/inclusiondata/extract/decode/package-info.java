/**
 * Bytes to text: strict UTF-8 with or without byte order mark. Everything else (other encodings,
 * binary, empty, blank or oversized files) becomes an error naming the file, the byte offset and
 * its line:column, and saying what to do, so that a seed maintainer can fix the file at once.
 */
package org.inclusiondata.extract.decode;
