/**
 * Reading dates as people write them, in one place for the dataset loader, the CSV import and
 * items files. A text form ({@link io.opstimeline.core.date.DateText}) gives the fields as written
 * ({@link io.opstimeline.core.date.WrittenDate}); the fields are checked, and placed on the time
 * line, with messages of our own (never the JDK's English exception text).
 */
package io.opstimeline.core.date;
