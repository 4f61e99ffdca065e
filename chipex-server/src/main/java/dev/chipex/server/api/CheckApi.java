package dev.chipex.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.server.access.Role;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/v1/check}: decides one shipment, or a batch in date order against one in-memory
 * quota book (so earlier shipments use up quota for later ones), like {@code chipex check}.
 * Nothing is recorded: committing against the ledger arrives with chipex-ledger.
 */
final class CheckApi {
    private final Engines engines;
    private final TransactionReader reader;
    private final Limits limits;

    CheckApi(Engines engines, TransactionReader reader, Limits limits) {
        this.engines = engines;
        this.reader = reader;
        this.limits = limits;
    }

    List<ApiRoute> routes() {
        Set<Role> all = Set.of(Role.values());
        return List.of(ApiRoute.post("/api/v1/check", all, this::single),
                ApiRoute.post("/api/v1/check/batch", all, this::batch));
    }

    private void single(Context ctx) {
        List<Problem> problems = new ArrayList<>();
        Fields f = new Fields(Json.body(ctx), "", problems, limits.maxText());
        Set<String> known = new HashSet<>(TransactionReader.FIELDS);
        known.add("regime");
        f.onlyKnown(known);
        Optional<String> regime = f.required("regime", "a regime id, e.g. ai-diffusion-2025 (GET /api/v1/regimes)");
        Optional<Transaction> t = reader.read(f, "t1");
        DecisionEngine engine = regime.isPresent() ? engine(regime.get(), problems) : null;
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ctx.json(DeterminationJson.of(engine.decide(t.orElseThrow(), new InMemoryQuotaBook())));
    }

    private void batch(Context ctx) {
        JsonNode body = Json.body(ctx);
        List<Problem> problems = new ArrayList<>();
        Fields f = new Fields(body, "", problems, limits.maxText());
        f.onlyKnown(Set.of("regime", "transactions"));
        Optional<String> regime = f.required("regime", "a regime id, e.g. ai-diffusion-2025 (GET /api/v1/regimes)");
        JsonNode rows = body.path("transactions");
        if (!rows.isArray() || rows.isEmpty()) {
            f.problem("transactions", "required: a non-empty array of transactions");
        } else if (rows.size() > limits.maxBatch()) {
            throw ApiException.tooLarge("transactions", "a batch holds at most " + limits.maxBatch()
                    + " transactions, got " + rows.size() + ": split it into several requests");
        }
        List<Transaction> transactions = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Fields row = new Fields(rows.get(i), "transactions[" + i + "]", problems, limits.maxText());
            row.onlyKnown(TransactionReader.FIELDS);
            reader.read(row, "t" + (i + 1)).ifPresent(transactions::add);
        }
        DecisionEngine engine = regime.isPresent() ? engine(regime.get(), problems) : null;
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        transactions.sort(Comparator.comparing(Transaction::date));
        InMemoryQuotaBook book = new InMemoryQuotaBook();
        ObjectNode result = Json.mapper().createObjectNode();
        result.put("regime", engine.regime().id());
        ArrayNode determinations = result.putArray("determinations");
        for (Transaction t : transactions) {
            Determination d = engine.decide(t, book);
            book.apply(d.debits());
            determinations.add(DeterminationJson.of(d));
        }
        ctx.json(result);
    }

    private DecisionEngine engine(String regime, List<Problem> problems) {
        try {
            return engines.engine("regime", regime);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
