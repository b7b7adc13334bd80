package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.filter.EventFilter;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The map asks the filter by a record's position in the dataset (no lookup by id per record and
 * frame); it must keep exactly the records the table and the timeline keep, or a marker would
 * count records the rest of the workbench hides.
 */
class FilterByPositionTest {
    @Test
    void askingByPositionKeepsTheRecordsTheOtherViewsKeep() throws Exception {
        Dataset oup = new DatasetLoader().load(Path.of("sample-data/oup-2011.json"));
        WorkbenchModel model = new WorkbenchModel();
        model.datasetProperty().set(oup);
        List<Event> events = oup.events();
        for (String text : List.of("", "misrata", "ÉLYSÉE", "no such words anywhere")) {
            model.filterProperty().set(EventFilter.NONE.withText(text));
            int kept = 0;
            for (int i = 0; i < events.size(); i++) {
                assertThat(model.matchesAt(i))
                        .as("record %s under \"%s\"", events.get(i).id(), text)
                        .isEqualTo(model.matches(events.get(i)));
                kept += model.matchesAt(i) ? 1 : 0;
            }
            assertThat(kept)
                    .as("records kept under \"%s\"", text)
                    .isEqualTo(model.matchingEvents().size());
        }
        assertThat(model.matchesAt(-1)).isFalse();
        assertThat(model.matchesAt(events.size())).isFalse();
    }
}
