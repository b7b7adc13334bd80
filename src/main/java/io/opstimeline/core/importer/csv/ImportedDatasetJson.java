package io.opstimeline.core.importer.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opstimeline.core.date.DateText;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.EventKind;
import io.opstimeline.core.model.Nation;
import io.opstimeline.core.model.Place;
import io.opstimeline.core.model.Series;
import io.opstimeline.core.model.SeriesPoint;
import io.opstimeline.core.model.Source;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/**
 * Writes what a CSV import made as a dataset file in our format: the fields an import can fill,
 * and nothing else. Kind colours are left out, as the loader gives them in the same order.
 */
final class ImportedDatasetJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ImportedDatasetJson() {}

    static byte[] write(String title, ZoneId zone, CsvConversion.Records records) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", "ops-timeline/1");
        root.put("title", title);
        root.put("timeZone", zone.getId());
        if (!records.kinds().isEmpty()) {
            ArrayNode kinds = root.putArray("kinds");
            for (EventKind k : records.kinds()) {
                kinds.addObject().put("id", k.id()).put("label", k.label());
            }
        }
        if (!records.sources().isEmpty()) {
            ArrayNode sources = root.putArray("sources");
            for (Source s : records.sources()) {
                ObjectNode src = sources.addObject().put("id", s.id()).put("title", s.title());
                if (s.url() != null) {
                    src.put("url", s.url());
                }
            }
        }
        if (!records.nations().isEmpty()) {
            ArrayNode nations = root.putArray("nations");
            for (Nation n : records.nations()) {
                nations.addObject().put("id", n.id()).put("name", n.name()).put("status", "member");
            }
        }
        if (!records.places().isEmpty()) {
            ArrayNode places = root.putArray("places");
            for (Place p : records.places()) {
                ObjectNode place = places.addObject()
                        .put("id", p.id())
                        .put("name", p.name())
                        .put("latitude", p.latitude())
                        .put("longitude", p.longitude());
                if (p.sourceId() != null) {
                    place.put("source", p.sourceId());
                }
            }
        }
        ArrayNode events = root.putArray("events");
        records.events().forEach(e -> event(events.addObject(), e));
        if (!records.series().isEmpty()) {
            ArrayNode series = root.putArray("series");
            for (Series s : records.series()) {
                ObjectNode node = series.addObject().put("id", s.id()).put("name", s.name());
                ArrayNode points = node.putArray("points");
                s.points().forEach(p -> point(points.addObject(), p));
            }
        }
        try {
            return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a tree of strings and numbers always serialises", e);
        }
    }

    private static void event(ObjectNode node, Event e) {
        node.put("id", e.id()).put("kind", e.kind()).put("title", e.title());
        node.put("start", DateText.datasetForm(e.start()));
        if (e.end() != null) {
            node.put("end", DateText.datasetForm(e.end()));
        }
        if (e.location() != null) {
            node.put("location", e.location());
        }
        if (!e.placeIds().isEmpty()) {
            ArrayNode ps = node.putArray("places");
            e.placeIds().forEach(ps::add);
        }
        if (!e.nationIds().isEmpty()) {
            ArrayNode ns = node.putArray("nations");
            e.nationIds().forEach(ns::add);
        }
        if (!e.sourceIds().isEmpty()) {
            ArrayNode ss = node.putArray("sources");
            e.sourceIds().forEach(ss::add);
        }
    }

    private static void point(ObjectNode node, SeriesPoint p) {
        node.put("date", DateText.datasetForm(p.date()));
        Double v = p.value();
        if (v == null) {
            node.putNull("value");
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            node.put("value", v.longValue());
        } else {
            node.put("value", v);
        }
        if (p.approximate()) {
            node.put("approximate", true);
        }
        if (p.sourceId() != null) {
            node.put("source", p.sourceId());
        }
    }
}
