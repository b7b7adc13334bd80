package io.opstimeline.core.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.load.LoadProblem;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Place;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 15.1: an events CSV's place and latitude/longitude columns become places on the map. */
class CsvPlacesImportTest {
    private static final CsvImportSpec PLACED = CsvImportSpec.builder(CsvImportSpec.Kind.EVENTS)
            .startColumn("date")
            .titleColumn("title")
            .placeColumn("place")
            .latColumn("lat")
            .lonColumn("lon")
            .build();

    private static ImportResult convert(String csv, CsvImportSpec spec) throws DatasetLoadException {
        ImportResult r = new CsvImporter().importCsv("in.csv", csv.getBytes(StandardCharsets.UTF_8), spec);
        // the file written must read back as the records built, places included
        Dataset reloaded = new DatasetLoader().load("in.json", r.json());
        assertThat(reloaded.places()).isEqualTo(r.dataset().places());
        assertThat(reloaded.events()).isEqualTo(r.dataset().events());
        return r;
    }

    private static List<String> problems(String csv, CsvImportSpec spec) {
        try {
            convert(csv, spec);
        } catch (DatasetLoadException e) {
            return e.problems().stream().map(LoadProblem::format).collect(Collectors.toList());
        }
        throw new AssertionError("expected the import to fail");
    }

    @Test
    void rowsWithCoordinatesPutTheirRecordsOnTheMap() throws Exception {
        ImportResult r = convert(
                "date,title,place,lat,lon\n"
                        + "2011-04-30,Strike,Tripoli,32.88722,13.19139\n"
                        + "2011-05-11,Airport taken,Misrata,32.3775,15.092\n"
                        + "2011-08-20,Uprising,Tripoli,,\n",
                PLACED);

        assertThat(r.dataset().places()).extracting(Place::name).containsExactly("Tripoli", "Misrata");
        Place tripoli = r.dataset().places().get(0);
        assertThat(tripoli.latitude()).isEqualTo(32.88722);
        assertThat(tripoli.longitude()).isEqualTo(13.19139);
        Event uprising = r.dataset().events().get(2);
        assertThat(r.dataset().placesOf(uprising)).extracting(Place::name).containsExactly("Tripoli");
        assertThat(uprising.location()).isEqualTo("Tripoli");
    }

    @Test
    void coordinatesWithADecimalCommaAreReadAsDecimals() throws Exception {
        ImportResult r = convert(
                "date;title;place;lat;lon\n" + "2011-04-30;Strike;Tripoli;32,88722;13,19139\n",
                CsvImportSpec.builder(CsvImportSpec.Kind.EVENTS)
                        .startColumn("date")
                        .titleColumn("title")
                        .placeColumn("place")
                        .latColumn("lat")
                        .lonColumn("lon")
                        .separator(';')
                        .build());

        Place tripoli = r.dataset().places().get(0);
        assertThat(tripoli.latitude()).isEqualTo(32.88722);
        assertThat(tripoli.longitude()).isEqualTo(13.19139);
    }

    @Test
    void aBadLatitudeIsRefusedAtItsRowAndColumn() {
        assertThat(problems(
                        "date,title,place,lat,lon\n"
                                + "2011-04-30,Strike,Tripoli,32.88722,13.19139\n"
                                + "2011-05-11,Airport taken,Misrata,91.5,15.092\n"
                                + "2011-05-12,Typo,Brega,30°26'N,19.6\n",
                        PLACED))
                .containsExactly(
                        "in.csv:3:34: latitude must be between -90 and 90 degrees (north positive), found 91.5",
                        "in.csv:4:23: \"30°26'N\" is not a latitude; write decimal degrees like 32.887 "
                                + "(north positive, the other way negative)");
    }

    @Test
    void oneCoordinateWithoutTheOtherAndOnePlaceAtTwoPointsAreRefused() {
        assertThat(problems(
                        "date,title,place,lat,lon\n"
                                + "2011-04-30,Strike,Tripoli,32.88722,\n"
                                + "2011-05-01,Again,Sirte,31.2,16.59\n"
                                + "2011-05-02,Moved,Sirte,30.2,16.59\n",
                        PLACED))
                .containsExactly(
                        "in.csv:2:36: no longitude beside the latitude; give both or leave both blank",
                        "in.csv:4:24: \"Sirte\" is at 31.2, 16.59 on line 3; one place cannot be at two points "
                                + "(give the places different names)");
    }

    @Test
    void aLatitudeColumnNeedsALongitudeColumn() {
        CsvImportSpec halfSpec = PLACED.toBuilder().lonColumn(null).build();
        assertThat(problems("date,title,lat\n2011-04-30,Strike,32.9\n", halfSpec))
                .contains("in.csv:1:1: give both the lat column and the lon column, or neither");
    }

    @Test
    void coordinatesWithoutANamePlaceTheRecordAndNamesWithoutCoordinatesWarn() throws Exception {
        ImportResult r = convert(
                "date,title,place,lat,lon\n" + "2011-04-30,Strike,,32.88722,13.19139\n" + "2011-05-01,Meeting,Doha,,\n",
                PLACED);

        assertThat(r.dataset().places()).extracting(Place::name).containsExactly("32.88722, 13.19139");
        assertThat(r.dataset().events().get(1).placeIds()).isEmpty();
        assertThat(r.dataset().events().get(1).location()).isEqualTo("Doha");
        assertThat(r.warnings())
                .extracting(LoadProblem::format)
                .containsExactly(
                        "in.csv:3:20: warning: no row gives "
                                + "a latitude and longitude for \"Doha\"; its records keep it as their location but are not on the map");
    }

    @Test
    void aDecimalCommaFileGivesItsCoordinatesWithCommas() throws Exception {
        CsvImportSpec commas =
                PLACED.toBuilder().decimalMark(',').separator(';').build();
        ImportResult r = convert("date;title;place;lat;lon\n2011-04-30;Strike;Tripoli;32,88722;13,19139\n", commas);

        assertThat(r.dataset().places().get(0).latitude()).isEqualTo(32.88722);
    }
}
