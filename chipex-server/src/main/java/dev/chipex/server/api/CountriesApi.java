package dev.chipex.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.core.country.Country;
import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.country.EarCountryGroups;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.ParameterValue;
import dev.chipex.core.decision.RegimeOnDate;
import dev.chipex.core.explanation.Explainer;
import dev.chipex.core.item.Classifier;
import dev.chipex.core.regime.AllocationRule;
import dev.chipex.server.access.Role;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/v1/countries}: every country with its EAR groups on a date; one country with, for
 * a chosen regime, its groups, tier and allocation caps. (Ledger balances arrive with chipex-ledger.)
 */
final class CountriesApi {
    private final Engines engines;
    private final Clock clock;

    CountriesApi(Engines engines, Clock clock) {
        this.engines = engines;
        this.clock = clock;
    }

    List<ApiRoute> routes() {
        Set<Role> all = Set.of(Role.values());
        return List.of(ApiRoute.get("/api/v1/countries", all, this::list),
                ApiRoute.get("/api/v1/countries/{code}", all, this::one));
    }

    private void list(Context ctx) {
        LocalDate date = Query.date(ctx, clock);
        ArrayNode countries = Json.mapper().createArrayNode();
        CountryCatalog.bundled().all().forEach(c -> countries.add(summary(c, date)));
        ctx.json(countries);
    }

    private void one(Context ctx) {
        String code = ctx.pathParam("code");
        Country country = CountryCatalog.bundled().find(code).filter(c -> c.code().equalsIgnoreCase(code))
                .orElseThrow(() -> ApiException.notFound("code", "unknown country code '" + code
                        + "': use an ISO 3166-1 alpha-2 code such as DE (GET /api/v1/countries lists them)"));
        LocalDate date = Query.date(ctx, clock);
        ObjectNode json = summary(country, date);
        json.put("date", date.toString());
        String regime = ctx.queryParam("regime");
        if (regime != null && !regime.isBlank()) {
            json.set("regime", underRegime(engines.engine("regime", regime.strip()), country.code(), date));
        }
        ctx.json(json);
    }

    private static ObjectNode summary(Country c, LocalDate date) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("code", c.code());
        json.put("name", c.name());
        json.put("numeric", IsoNumericCodes.of(c.code()));
        ArrayNode groups = json.putArray("earGroups");
        EarCountryGroups.bundled().groupsOf(c.code(), date).forEach(groups::add);
        return json;
    }

    private static ObjectNode underRegime(DecisionEngine engine, String code, LocalDate date) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("id", engine.regime().id());
        RegimeOnDate on = engine.onDate(date);
        Explainer explainer = Explainer.of(engine);
        json.put("tier", on.tierOf(code).orElse(null));
        ArrayNode groups = json.putArray("groups");
        engine.regime().groups().keySet().stream()
                .filter(g -> on.contains(g, code)).forEach(groups::add);
        ArrayNode caps = json.putArray("caps");
        double h100eTpp = Classifier.bundled().h100eTpp();
        for (AllocationRule rule : engine.regime().allocations()) {
            if (rule.validity().activeOn(date) && on.contains(rule.group(), code)) {
                Map<String, ParameterValue> used = new LinkedHashMap<>();
                long tpp = on.allocationCapacityTpp(rule, code, used);
                ObjectNode cap = caps.addObject();
                cap.put("allocation", rule.id());
                cap.put("period", rule.period());
                cap.put("capacityTpp", tpp);
                cap.put("capacityH100e", Math.round(tpp / h100eTpp));
                cap.put("citation", rule.cited().citation());
                ObjectNode parameters = cap.putObject("parameters");
                used.forEach((name, value) -> parameters.put(name, explainer.value(value)));
            }
        }
        return json;
    }
}
