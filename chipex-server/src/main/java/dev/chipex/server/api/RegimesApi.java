package dev.chipex.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.RegimeDiff;
import dev.chipex.core.regime.Agreement;
import dev.chipex.core.regime.AllocationRule;
import dev.chipex.core.regime.Cited;
import dev.chipex.core.regime.Control;
import dev.chipex.core.regime.GroupDefinition;
import dev.chipex.core.regime.LicenseExceptionRule;
import dev.chipex.core.regime.Parameter;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.RegimeStatus;
import dev.chipex.core.regime.Validity;
import dev.chipex.server.access.Role;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/v1/regimes}: the known regimes, one regime's groups, parameters and rules with
 * citations, and where two regimes decide differently ({@code diff}).
 */
final class RegimesApi {
    private final Engines engines;
    private final Clock clock;

    RegimesApi(Engines engines, Clock clock) {
        this.engines = engines;
        this.clock = clock;
    }

    List<ApiRoute> routes() {
        Set<Role> all = Set.of(Role.values());
        return List.of(ApiRoute.get("/api/v1/regimes", all, this::list),
                ApiRoute.get("/api/v1/regimes/diff", all, this::diff),
                ApiRoute.get("/api/v1/regimes/{id}", all, this::show));
    }

    private void list(Context ctx) {
        LocalDate today = LocalDate.now(clock);
        ArrayNode regimes = Json.mapper().createArrayNode();
        engines.catalog().all().forEach(r -> regimes.add(summary(r, today)));
        ctx.json(regimes);
    }

    /** Where two regimes decide differently on a date, as {@code chipex regimes diff A B --format json}. */
    private void diff(Context ctx) {
        String a = Query.required(ctx, "a", "the first regime id, e.g. ?a=pre-2025");
        String b = Query.required(ctx, "b", "the second regime id, e.g. &b=ai-diffusion-2025");
        LocalDate date = Query.date(ctx, clock);
        DecisionEngine left = engines.engine("a", a);
        DecisionEngine right = engines.engine("b", b);
        List<RegimeDiff.Row> rows = new RegimeDiff().diff(left, right, date);
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("left", left.regime().id());
        json.put("right", right.regime().id());
        json.put("date", date.toString());
        json.put("count", rows.size());
        ArrayNode differences = json.putArray("differences");
        for (RegimeDiff.Row row : rows) {
            ObjectNode d = differences.addObject();
            d.put("itemClass", row.itemClass());
            d.put("quantity", row.quantity());
            d.put("headquarters", row.headquarters());
            row.headquartersAlike().forEach(d.putArray("headquartersAlike")::add);
            row.countries().forEach(d.putArray("countries")::add);
            d.putObject("left").put("outcome", row.left()).put("rule", row.leftRule());
            d.putObject("right").put("outcome", row.right()).put("rule", row.rightRule());
        }
        ctx.json(json);
    }

    private void show(Context ctx) {
        Regime r = engines.regimeAt(ctx.pathParam("id"));
        ObjectNode json = summary(r, LocalDate.now(clock));
        ArrayNode assumptions = json.putArray("assumptions");
        r.assumptions().forEach(assumptions::add);
        ArrayNode groups = json.putArray("groups");
        for (GroupDefinition g : r.groups().values()) {
            cited(groups.addObject().put("id", g.id()).put("title", g.title()), g.cited());
        }
        ArrayNode parameters = json.putArray("parameters");
        for (Parameter p : r.parameters().values()) {
            ObjectNode param = cited(parameters.addObject().put("name", p.name()).put("unit", p.unit())
                    .put("description", p.description()), p.cited());
            ArrayNode values = param.putArray("values");
            p.values().forEach(v -> values.addObject().put("from", v.from().map(LocalDate::toString).orElse(null))
                    .put("value", v.value()));
        }
        ArrayNode controls = json.putArray("controls");
        for (Control c : r.controls()) {
            validity(cited(controls.addObject().put("id", c.id()).put("title", c.title()).put("purpose", c.purpose())
                    .put("defaultPolicy", c.defaultPolicy().code()), c.cited()), c.validity());
        }
        ArrayNode exceptions = json.putArray("exceptions");
        for (LicenseExceptionRule e : r.exceptions()) {
            validity(cited(exceptions.addObject().put("id", e.id()).put("code", e.code())
                    .put("kind", e.kind().name()).put("purpose", e.purpose()), e.cited()), e.validity());
        }
        ArrayNode allocations = json.putArray("allocations");
        for (AllocationRule a : r.allocations()) {
            validity(cited(allocations.addObject().put("id", a.id()).put("purpose", a.purpose()).put("group", a.group())
                    .put("period", a.period()).put("capacityParameter", a.capacityParameter()), a.cited()), a.validity());
        }
        ArrayNode agreements = json.putArray("agreements");
        for (Agreement a : r.agreements()) {
            validity(cited(agreements.addObject().put("country", a.country()).put("kind", a.kind())
                    .put("note", a.note()), a.cited()), a.validity());
        }
        ctx.json(json);
    }

    private static ObjectNode summary(Regime r, LocalDate today) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("id", r.id());
        json.put("title", r.title());
        json.put("citation", r.citation());
        json.put("version", r.version());
        json.put("status", r.statusOn(today).map(RegimeStatus::code).orElse(null));
        json.put("effective", r.effective().map(LocalDate::toString).orElse(null));
        json.put("extends", r.extendsId().orElse(null));
        ArrayNode tiers = json.putArray("tiers");
        r.tiers().forEach(tiers::add);
        return json;
    }

    private static ObjectNode cited(ObjectNode json, Cited cited) {
        return json.put("citation", cited.citation()).put("confidence", cited.confidence().name())
                .put("verify", cited.verify());
    }

    private static void validity(ObjectNode json, Validity v) {
        json.put("from", v.from().map(LocalDate::toString).orElse(null));
        json.put("until", v.until().map(LocalDate::toString).orElse(null));
    }
}
