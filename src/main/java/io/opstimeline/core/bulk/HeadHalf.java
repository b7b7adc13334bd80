package io.opstimeline.core.bulk;

import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * The head half of a split read (see {@link SplitItemsRead}): reads the whole file like one reader,
 * but stops after the item that ends exactly at the split and takes the items after it from the
 * tail half. If no item ends there (the split fell inside a string or a nested object), or the tail
 * failed, it drops the tail and reads on by itself.
 */
final class HeadHalf implements ItemsParser.Pass {
    private final String name;
    private final TailHalf tailHalf;
    private final CompletableFuture<ItemsParser> tail;
    /** Where the head may stop; -1 once it has passed it. */
    private long split;

    private ItemsParser joined;

    HeadHalf(String name, long split, TailHalf tailHalf, CompletableFuture<ItemsParser> tail) {
        this.name = name;
        this.split = split;
        this.tailHalf = tailHalf;
        this.tail = tail;
    }

    /** The tail's items, when the head stopped at the split and joined them; else null. */
    ItemsParser joinedTail() {
        return joined;
    }

    @Override
    public boolean stopAfter(int index, LongSupplier endOffset) {
        if (WholeFile.cancelRequested(index)) {
            tailHalf.abandon();
            throw WholeFile.cancelled(name);
        }
        if (split < 0) {
            return false;
        }
        long at = endOffset.getAsLong();
        if (at < split) {
            return false;
        }
        boolean atBoundary = at == split;
        split = -1;
        if (!atBoundary) {
            tailHalf.abandon(); // the tail began inside an item: its rows are of no use
            return false;
        }
        ItemsParser t = tail.join(); // null when the tail failed
        if (t == null) {
            return false;
        }
        joined = t;
        SplitItemsRead.JOINS.incrementAndGet();
        return true;
    }
}
