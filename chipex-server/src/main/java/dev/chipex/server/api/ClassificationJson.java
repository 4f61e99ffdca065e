package dev.chipex.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.core.item.CatalogChip;
import dev.chipex.core.item.Classification;

import java.util.Optional;

/** The JSON form of a classification: {@code tpp, performanceDensity, eccn, h100Equivalents} and why. */
final class ClassificationJson {
    private ClassificationJson() {
    }

    static ObjectNode of(Classification c, Optional<CatalogChip> chip) {
        ObjectNode json = Json.mapper().createObjectNode();
        chip.ifPresent(named -> {
            json.put("chip", named.name());
            json.put("vendor", named.vendor());
            json.put("source", named.source());
        });
        json.put("tpp", c.tpp());
        if (c.performanceDensity().isPresent()) {
            json.put("performanceDensity", c.performanceDensity().getAsDouble());
        } else {
            json.putNull("performanceDensity");
        }
        json.put("eccn", c.eccn().code());
        json.put("paragraph", c.paragraphId());
        json.put("citation", c.citation());
        json.put("h100Equivalents", c.h100Equivalents());
        json.put("datacenter", c.datacenter());
        json.put("chips", c.chips());
        ArrayNode notes = json.putArray("notes");
        c.notes().forEach(notes::add);
        return json;
    }
}
