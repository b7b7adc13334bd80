package io.opstimeline.jmh;

import io.opstimeline.core.bulk.PeerGenerator;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.layout.Clusters;
import io.opstimeline.core.layout.LaneLayout;
import io.opstimeline.core.time.TimeWindow;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-frame work of the timeline core at 10^4..10^7 generated records: the window query,
 * density bins for a dense lane, layout (place and stack) of a detailed lane, and clustering its
 * overflow. Run with {@code mvn -B -Pjmh verify} (see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class StoreBenchmark {
    private static final long DAY = 86_400_000L;
    private static final double WIDTH = 1784;

    @Param({"10000", "100000", "1000000", "10000000"})
    public int n;

    private ItemStore store;
    private TimeWindow month;
    private TimeWindow detail;
    private final int[] bins = new int[1000];
    private LaneLayout stacked;

    @Setup(Level.Trial)
    public void setUp() {
        store = PeerGenerator.store(n, PeerGenerator.DEFAULT_SEED);
        long mid = PeerGenerator.START + 150 * DAY;
        month = new TimeWindow(mid, mid + 30 * DAY);
        // a window holding about 1500 records of lane 0 at this size: what detail layout handles
        long span = Math.max(60_000L, (long) (1500.0 / n * 8 * 275 * DAY / 3));
        detail = new TimeWindow(mid, mid + span);
        stacked = layout();
        stacked.stack(4);
    }

    /** Rows of one lane overlapping a 30-day window. */
    @Benchmark
    public int queryMonth() {
        return store.query(0, month.start(), month.end()).length;
    }

    /** Records overlapping a 30-day window in every lane: what a density frame asks first. */
    @Benchmark
    public int countAllLanes() {
        int total = 0;
        for (int l = 0; l < store.laneCount(); l++) {
            total += store.countOverlapping(l, month.start(), month.end());
        }
        return total;
    }

    /** Density bins of two pixels across a 1784-pixel time area, all eight lanes. */
    @Benchmark
    public int densityAllLanes() {
        long step = month.span() * 2 / (long) WIDTH;
        int sum = 0;
        for (int l = 0; l < store.laneCount(); l++) {
            store.density(l, month.start(), step, 892, bins);
            sum += bins[100];
        }
        return sum;
    }

    /** Place and stack one lane's records in a window holding about 1500 of them. */
    @Benchmark
    public int layoutLane() {
        LaneLayout l = layout();
        return l.stack(64);
    }

    /** Cluster the overflow of a lane stacked into four rows. */
    @Benchmark
    public List<Clusters.Cluster> clusterOverflow() {
        return Clusters.ofOverflow(stacked, store, stacked.overflow());
    }

    private LaneLayout layout() {
        return LaneLayout.place(store, store.query(0, detail.start(), detail.end()), detail, 136, WIDTH,
                row -> 8.0 * store.titles().length(store.textIndex(row)));
    }
}
