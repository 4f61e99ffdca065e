package dev.chipex.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chipex.core.item.CatalogChip;
import dev.chipex.core.item.ChipCatalog;
import dev.chipex.core.item.ChipSpec;
import dev.chipex.core.item.Classifier;
import dev.chipex.core.item.ProcessingRate;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;
import dev.chipex.server.access.Role;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** {@code /api/v1/classify}: a catalog chip by name (GET), or raw figures (POST), like {@code chipex classify}. */
final class ClassifyApi {
    private static final int MAX_CHIPS = 1_000_000;
    private final Limits limits;

    ClassifyApi(Limits limits) {
        this.limits = limits;
    }

    List<ApiRoute> routes() {
        Set<Role> all = Set.of(Role.values());
        return List.of(ApiRoute.get("/api/v1/classify", all, this::byName),
                ApiRoute.post("/api/v1/classify", all, this::byFigures));
    }

    private void byName(Context ctx) {
        String name = ctx.queryParam("chip");
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("chip", "required: a chip name from the catalog, e.g. ?chip=NVIDIA%20H100%20SXM");
        }
        int chips = chips(ctx.queryParam("chips"));
        CatalogChip chip = ChipCatalog.bundled().resolve("chip", name);
        ctx.json(ClassificationJson.of(Classifier.bundled().classify(chip.spec(), chips), Optional.of(chip)));
    }

    private void byFigures(Context ctx) {
        JsonNode body = Json.body(ctx);
        List<Problem> problems = new ArrayList<>();
        Fields f = new Fields(body, "", problems, limits.maxText());
        f.onlyKnown(Set.of("rates", "dieArea", "datacenter", "chips"));
        List<ProcessingRate> rates = new ArrayList<>();
        List<String> texts = f.texts("rates", 16);
        if (texts.isEmpty() && !body.has("rates")) {
            f.problem("rates", "required: one or more dense rates as TOPS@BITS, e.g. [\"989.4@16\"]");
        }
        for (int i = 0; i < texts.size(); i++) {
            try {
                rates.add(ProcessingRate.parse("rates[" + i + "]", texts.get(i)));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        OptionalDouble dieArea = f.number("dieArea", Double.MIN_VALUE);
        boolean datacenter = f.bool("datacenter", true);
        int chips = (int) f.whole("chips", 1, 1, MAX_CHIPS);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ChipSpec spec = new ChipSpec(rates, dieArea, datacenter);
        ctx.json(ClassificationJson.of(Classifier.bundled().classify(spec, chips), Optional.empty()));
    }

    private static int chips(String text) {
        if (text == null) {
            return 1;
        }
        try {
            int chips = Integer.parseInt(text.strip());
            if (chips >= 1 && chips <= MAX_CHIPS) {
                return chips;
            }
        } catch (NumberFormatException e) {
            // reported below with the fix
        }
        throw InvalidInputException.of("chips", "expected a whole number of chips per computer from 1 to " + MAX_CHIPS
                + ", got '" + text + "'");
    }
}
