package io.opstimeline.core.load;

import io.opstimeline.core.date.DateText;
import io.opstimeline.core.model.TimeSpec;
import java.time.ZoneId;

/**
 * Reads the format's dates. How much is written sets the precision: "2011" is a year,
 * "2011-08" a month, "2011-08-21" a day, "2011-08-21T14:30Z" a minute. Dates without an
 * offset are in the dataset's zone. The reading and checking are {@link DateText}'s, shared with
 * the CSV import and items files.
 */
public final class DateParser {
    private DateParser() {}

    /** Parses or throws {@link IllegalArgumentException} with a message fit for the user. */
    public static TimeSpec parse(String text, ZoneId zone) {
        return DateText.datasetForm(text).toTimeSpec(zone);
    }
}
