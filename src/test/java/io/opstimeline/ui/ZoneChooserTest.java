package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneChooserTest {
    @Test
    void findsTheTheatresZoneByPartOfItsName() {
        assertThat(ZoneChooser.matching("tripoli", List.of())).containsExactly("Africa/Tripoli");
        assertThat(ZoneChooser.matching("new york", List.of())).contains("America/New_York");
    }

    @Test
    void offersEveryIanaZoneWhenNothingIsTyped() {
        assertThat(ZoneChooser.matching("", List.of()))
                .contains("Asia/Kathmandu", "Pacific/Chatham", "UTC")
                .hasSizeGreaterThan(400);
    }

    @Test
    void listsRecentlyUsedZonesFirstAndOnlyOnce() {
        List<String> found = ZoneChooser.matching("a", List.of("Europe/Paris", "Africa/Tripoli"));

        assertThat(found.subList(0, 2)).containsExactly("Europe/Paris", "Africa/Tripoli");
        assertThat(found.stream().filter("Africa/Tripoli"::equals)).hasSize(1);
    }

    @Test
    void remembersChosenZonesNewestFirstAndForgetsUnknownOnes() {
        Settings s = TestSettings.fresh();
        s.put("zone.recent", "Not/AZone,Asia/Tokyo");
        ZoneChooser.remember(s, "Africa/Tripoli");

        assertThat(ZoneChooser.recent(s)).containsExactly("Africa/Tripoli", "Asia/Tokyo");
    }
}
