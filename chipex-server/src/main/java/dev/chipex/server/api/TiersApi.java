package dev.chipex.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.core.country.Country;
import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.RegimeOnDate;
import dev.chipex.server.access.Role;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** {@code /api/v1/tiers}: every country's tier under a regime on a date, for the world map. */
final class TiersApi {
    private final Engines engines;
    private final Clock clock;

    TiersApi(Engines engines, Clock clock) {
        this.engines = engines;
        this.clock = clock;
    }

    List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/v1/tiers", Set.of(Role.values()), this::tiers));
    }

    private void tiers(Context ctx) {
        String id = Query.required(ctx, "regime", "a regime id, e.g. ?regime=ai-diffusion-2025");
        LocalDate date = Query.date(ctx, clock);
        DecisionEngine engine = engines.engine("regime", id);
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("regime", engine.regime().id());
        json.put("title", engine.regime().title());
        json.put("date", date.toString());
        ArrayNode tiers = json.putArray("tiers");
        engine.regime().tiers().forEach(tiers::add);
        ObjectNode countries = json.putObject("countries");
        RegimeOnDate on = engine.onDate(date);
        for (Country c : CountryCatalog.bundled().all()) {
            on.tierOf(c.code()).ifPresent(tier -> countries.put(c.code(), tier));
        }
        ctx.json(json);
    }
}
