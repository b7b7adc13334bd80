package io.opstimeline.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Place;
import io.opstimeline.core.model.PlaceKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Places in the data format (issue 15.1): what the map gets, and what a wrong place is reported as. */
class PlacesLoaderTest {
    private final DatasetLoader loader = new DatasetLoader();

    private static String file(String places, String eventPlaces) {
        return "{\"format\":\"ops-timeline/1\",\"title\":\"t\",\n"
                + "\"sources\": [{\"id\": \"gaz\", \"title\": \"A gazetteer\"}],\n"
                + "\"places\": [\n" + places + "],\n"
                + "\"events\": [\n{\"id\": \"e1\", \"kind\": \"k\", \"title\": \"x\", \"start\": \"2011-03-19\", "
                + "\"location\": \"near Brega\", \"places\": [" + eventPlaces + "]}\n]}";
    }

    private static final String BREGA =
            "{\"id\": \"brega\", \"name\": \"Brega\", \"otherNames\": [\"Marsa al-Brega\"], "
                    + "\"latitude\": 30.4, \"longitude\": 19.6, \"kind\": \"town\", \"source\": \"gaz\"}";
    private static final String SIRTE =
            "{\"id\": \"sirte\", \"name\": \"Sirte\", \"latitude\": 31.2, \"longitude\": 16.6}";

    private List<String> problems(String json) {
        try {
            loader.load("test.json", json.getBytes(StandardCharsets.UTF_8));
        } catch (DatasetLoadException e) {
            return e.problems().stream().map(LoadProblem::format).toList();
        }
        throw new AssertionError("expected the file to be rejected");
    }

    @Test
    void shouldGiveTheMapEachRecordsPlacesWithTheirCoordinatesAndSource() throws Exception {
        Dataset d = loader.load(
                "test.json",
                file(BREGA + ",\n" + SIRTE + "\n", "\"brega\", \"sirte\"").getBytes(StandardCharsets.UTF_8));

        Place brega = d.place("brega").orElseThrow();
        assertThat(brega.latitude()).isEqualTo(30.4);
        assertThat(brega.longitude()).isEqualTo(19.6);
        assertThat(brega.kind()).isEqualTo(PlaceKind.TOWN);
        assertThat(brega.otherNames()).containsExactly("Marsa al-Brega");
        assertThat(brega.sourceIfKnown()).contains("gaz");
        assertThat(d.place("sirte").orElseThrow().kind()).isEqualTo(PlaceKind.SITE);
        assertThat(d.placesOf(d.event("e1").orElseThrow()))
                .extracting(Place::name)
                .containsExactly("Brega", "Sirte");
        assertThat(d.event("e1").orElseThrow().location()).isEqualTo("near Brega");
    }

    @Test
    void shouldReportARecordNamingAPlaceThatIsNotListed() {
        assertThat(problems(file(BREGA + "\n", "\"brega\", \"bengazi\"")))
                .containsExactly(
                        "test.json:7:110: events[0].places[1]: unknown place \"bengazi\"; it is not in \"places\"");
    }

    @Test
    void shouldReportCoordinatesOffTheGlobeOnceEachAtTheNumber() {
        String bad = "{\"id\": \"x\", \"name\": \"X\", \"latitude\": 91.5, \"longitude\": -180.01}";

        assertThat(problems(file(bad + "\n", "\"x\"")))
                .containsExactly(
                        "test.json:4:38: places[0].latitude: latitude must be between -90 and 90 degrees (north positive), found 91.5",
                        "test.json:4:57: places[0].longitude: longitude must be between -180 and 180 degrees (east positive), found -180.01");
    }

    @Test
    void shouldReportADuplicatePlaceIdWithTheLineOfTheFirst() {
        assertThat(problems(file(BREGA + ",\n" + BREGA.replace("Brega", "Brega again") + "\n", "\"brega\"")))
                .containsExactly("test.json:5:8: places[1].id: duplicate place id \"brega\" (first defined at line 4)");
    }

    @Test
    void shouldReportAnUnknownCoordinateSourceAndAnUnknownKind() {
        String bad =
                "{\"id\": \"x\", \"name\": \"X\", \"latitude\": 1, \"longitude\": 2, \"kind\": \"castle\", \"source\": \"atlas\"}";

        assertThat(problems(file(bad + "\n", "\"x\"")))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p)
                        .startsWith("test.json:4:")
                        .contains("places[0].kind: expected one of \"city\", \"town\""))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("test.json:4:")
                        .contains("places[0].source: unknown source \"atlas\""));
    }

    @Test
    void shouldCheckKindEvenWhereTheSchemaIsSkipped() throws Exception {
        byte[] bytes = file(
                        "{\"id\": \"x\", \"name\": \"X\", \"latitude\": 1, \"longitude\": 2, \"kind\": \"castle\"}\n",
                        "\"x\"")
                .getBytes(StandardCharsets.UTF_8);
        DatasetReader reader = new DatasetReader("test.json", LocatedJson.parse("test.json", bytes));

        assertThatThrownBy(() -> reader.read(null))
                .isInstanceOf(DatasetLoadException.class)
                .hasMessageContaining("places[0].kind: expected one of \"city\"");
    }

    @Test
    void shouldCheckCoordinatesEvenWhereTheSchemaIsSkipped() throws Exception {
        // The bundled sample loads without the schema check: the reader must catch these itself.
        byte[] bytes = file(
                        "{\"id\": \"x\", \"name\": \"X\", \"latitude\": -90.5, \"longitude\": 180.25},\n"
                                + "{\"id\": \"pole\", \"name\": \"Pole\", \"latitude\": 90, \"longitude\": -180}\n",
                        "\"x\"")
                .getBytes(StandardCharsets.UTF_8);
        DatasetReader reader = new DatasetReader("test.json", LocatedJson.parse("test.json", bytes));

        assertThatThrownBy(() -> reader.read(null))
                .isInstanceOfSatisfying(
                        DatasetLoadException.class,
                        e -> assertThat(e.problems())
                                .extracting(LoadProblem::format)
                                .containsExactly(
                                        "test.json:4:38: places[0].latitude: latitude must be between -90 and 90 degrees (north positive), found -90.5",
                                        "test.json:4:58: places[0].longitude: longitude must be between -180 and 180 degrees (east positive), found 180.25"));
    }
}
