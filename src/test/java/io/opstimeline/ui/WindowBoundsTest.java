package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowBoundsTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 720);

    @Test
    void aWindowSavedOnABigScreenReopensWholeOnASmallOne() {
        WindowBounds b = WindowBounds.fit(new WindowBounds(900, 600, 1600, 950), LAPTOP);

        assertThat(b.width()).isEqualTo(1280);
        assertThat(b.height()).isEqualTo(720);
        assertThat(b.x()).isEqualTo(0);
        assertThat(b.y()).isEqualTo(0);
    }

    @Test
    void theFirstWindowUsesMostOfABigScreenAndFitsASmallOne() {
        WindowBounds big = WindowBounds.fit(
                WindowBounds.firstRun(new Rectangle2D(0, 0, 3840, 2120)), new Rectangle2D(0, 0, 3840, 2120));
        assertThat(big.width()).isGreaterThanOrEqualTo(3200);
        assertThat(big.height()).isGreaterThanOrEqualTo(1750);
        assertThat(big.x()).isGreaterThanOrEqualTo(0);
        assertThat(big.x() + big.width()).isLessThanOrEqualTo(3840);

        WindowBounds small = WindowBounds.fit(WindowBounds.firstRun(LAPTOP), LAPTOP);
        assertThat(small).isEqualTo(new WindowBounds(0, 0, 1280, 720));
        WindowBounds full = WindowBounds.fit(
                WindowBounds.firstRun(new Rectangle2D(0, 0, 1920, 1040)), new Rectangle2D(0, 0, 1920, 1040));
        assertThat(full.width()).isEqualTo(1632);
        assertThat(full.height()).isEqualTo(950);
    }

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        assertThat(WindowBounds.fit(new WindowBounds(100, 50, 800, 600), LAPTOP))
                .isEqualTo(new WindowBounds(100, 50, 800, 600));
    }

    @Test
    void aWindowHalfOffTheRightEdgeIsPulledBackAndOneWithNoPlaceIsCentred() {
        assertThat(WindowBounds.fit(new WindowBounds(1000, 300, 800, 600), LAPTOP)
                        .x())
                .isEqualTo(480);
        WindowBounds centred = WindowBounds.fit(
                new WindowBounds(Double.NaN, Double.NaN, 800, 600), new Rectangle2D(1920, 0, 1920, 1080));
        assertThat(centred.x()).isEqualTo(1920 + 560);
        assertThat(centred.y()).isEqualTo(240);
    }

    @Test
    void nonsenseStoredSizesStillGiveAWindowOnTheScreen() {
        WindowBounds b = WindowBounds.fit(new WindowBounds(-5e9, Double.POSITIVE_INFINITY, -3, Double.NaN), LAPTOP);

        assertThat(b.width()).isBetween(640.0, 1280.0);
        assertThat(b.height()).isBetween(400.0, 720.0);
        assertThat(b.x()).isBetween(0.0, 1280 - b.width());
        assertThat(b.y()).isBetween(0.0, 720 - b.height());
    }
}
