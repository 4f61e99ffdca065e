package dev.chipex.server.api;

import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.RegimeCatalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The regimes the server knows, each compiled once into a decision engine (engines are thread-safe). */
final class Engines {
    private final RegimeCatalog catalog;
    private final Map<String, DecisionEngine> engines = new ConcurrentHashMap<>();

    Engines(RegimeCatalog catalog) {
        this.catalog = catalog;
    }

    RegimeCatalog catalog() {
        return catalog;
    }

    /** The engine for a regime named in a body or query field: an unknown id is a 422 naming the field. */
    DecisionEngine engine(String field, String id) {
        DecisionEngine cached = engines.get(id);
        if (cached != null) {
            return cached;
        }
        Regime regime = regime(field, id);
        return engines.computeIfAbsent(regime.id(), k -> DecisionEngine.of(regime));
    }

    Regime regime(String field, String id) {
        try {
            return catalog.get(id);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(field, e.problems().get(0).message());
        }
    }

    /** A regime named in the URL path: unknown is a 404. */
    Regime regimeAt(String id) {
        if (!catalog.ids().contains(id)) {
            throw ApiException.notFound("id", "unknown regime '" + id + "'; known regimes: " + String.join(", ", catalog.ids()));
        }
        return catalog.get(id);
    }
}
