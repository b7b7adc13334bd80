package io.opstimeline.core.playback;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlaybackTest {
    private static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    private final TimeWindow march = new TimeWindow(at("2011-03-01T00:00:00Z"), at("2011-03-31T00:00:00Z"));

    @Test
    void aWeekStepMovesTheWindowAWeekAndKeepsItsWidth() {
        TimeWindow next = Playback.next(march, PlaybackStep.WEEK, at("2011-11-01T00:00:00Z"))
                .orElseThrow();

        assertThat(next.start()).isEqualTo(at("2011-03-08T00:00:00Z"));
        assertThat(next.span()).isEqualTo(march.span());
    }

    @Test
    void theLastStepEndsTheWindowAtTheCampaignsEndAndThenPlaybackStops() {
        long end = at("2011-04-03T00:00:00Z");

        TimeWindow last = Playback.next(march, PlaybackStep.WEEK, end).orElseThrow();

        assertThat(last.end()).isEqualTo(end);
        assertThat(last.span()).isEqualTo(march.span());
        assertThat(Playback.next(last, PlaybackStep.DAY, end)).isEmpty();
    }

    @Test
    void rewindingPutsTheWindowsStartOnTheCampaignsStart() {
        TimeWindow rewound = Playback.rewound(march, at("2011-02-15T00:00:00Z"));

        assertThat(rewound.start()).isEqualTo(at("2011-02-15T00:00:00Z"));
        assertThat(rewound.span()).isEqualTo(Duration.ofDays(30).toMillis());
    }

    @Test
    void playingAWindowThatHoldsTheWholeCampaignNarrowsItToATenthAtTheFirstRecordSoItCanMove() {
        long start = at("2011-02-15T00:00:00Z");
        long end = at("2011-12-15T00:00:00Z");
        TimeWindow all = new TimeWindow(
                start - Duration.ofDays(8).toMillis(), end + Duration.ofDays(8).toMillis());

        TimeWindow first = Playback.start(all, PlaybackStep.DAY, start, end);

        assertThat(first.start()).isEqualTo(start);
        assertThat(first.span()).isEqualTo((end - start) / 10);
        assertThat(Playback.next(first, PlaybackStep.DAY, end)).isPresent();
    }

    @Test
    void playingStartsWhereTheWindowIsWhenItIsShortOfTheEndAndAtTheFirstRecordWhenItIsAtTheEnd() {
        long start = at("2011-02-15T00:00:00Z");

        assertThat(Playback.start(march, PlaybackStep.WEEK, start, at("2011-12-15T00:00:00Z")))
                .isEqualTo(march);
        TimeWindow atEnd = Playback.start(march, PlaybackStep.WEEK, start, at("2011-03-20T00:00:00Z"));
        assertThat(atEnd.start()).isEqualTo(start);
        assertThat(atEnd.span()).isEqualTo(march.span());
    }

    @Test
    void aCampaignShorterThanOneStepStillGetsAWindowOfOneStep() {
        long start = at("2011-03-01T00:00:00Z");
        long end = at("2011-03-03T00:00:00Z");

        TimeWindow first = Playback.start(new TimeWindow(start, end), PlaybackStep.WEEK, start, end);

        assertThat(first.span()).isEqualTo(Duration.ofDays(7).toMillis());
    }
}
