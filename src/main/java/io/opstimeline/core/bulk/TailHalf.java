package io.opstimeline.core.bulk;

import com.fasterxml.jackson.core.JsonParser;
import io.opstimeline.core.load.DatasetLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CancellationException;
import java.util.function.LongSupplier;

/**
 * The tail half of a split read (see {@link SplitItemsRead}): reads {@code {"items":[} followed by
 * the file from an item's start. Any trouble (bad input, an item without an id, which only the head
 * can number) throws: the head then reads those items itself, with the true line and column.
 */
final class TailHalf implements ItemsParser.Pass {
    private final String name;
    /** Set by the head when the tail's rows are of no use (a cancel, or a split inside an item). */
    private volatile boolean abandoned;

    TailHalf(String name) {
        this.name = name;
    }

    void abandon() {
        abandoned = true;
    }

    ItemsParser read(InputStream in, int expectedItems) throws IOException, DatasetLoadException {
        try (JsonParser parser = ItemsParser.FACTORY.createParser(in)) {
            return new ItemsParser(name, parser, expectedItems, this).parseAll();
        }
    }

    @Override
    public boolean stopAfter(int index, LongSupplier endOffset) {
        if (abandoned) {
            throw new CancellationException("the tail half of " + name + " is no longer wanted");
        }
        return false;
    }

    @Override
    public boolean needsIds() {
        return true;
    }
}
