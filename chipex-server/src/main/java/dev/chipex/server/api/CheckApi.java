package dev.chipex.server.api;

import dev.chipex.core.explanation.Explainer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.core.decision.BatchDecider;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.explanation.DeterminationFields;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.ledger.Decided;
import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.LedgerResult;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;
import dev.chipex.server.access.Caller;
import dev.chipex.server.access.Role;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/v1/check}: decides one shipment, or a batch in date order, like {@code chipex check}.
 * Quota use is read from the live ledger, so an answer reflects what has been recorded (a batch
 * also counts its own earlier shipments). With {@code "commit": true} (exporter or regulator, and
 * an {@code Idempotency-Key}) the debits are recorded in the ledger in the same transaction as
 * the decision; a batch records shipment by shipment in date order, each all-or-none.
 * Government-to-government agreements recorded in the ledger count as the regime's own.
 */
final class CheckApi {
    /** What a check decides under when it names no regime: what US authorities enforce. */
    static final String DEFAULT_REGIME = "us-enforced";
    private final Engines engines;
    private final TransactionReader reader;
    private final Limits limits;
    private final QuotaLedger ledger;
    private final Idempotency idempotency;
    private final RecordedAgreements agreements;

    CheckApi(Engines engines, TransactionReader reader, Limits limits, QuotaLedger ledger, Idempotency idempotency) {
        this.engines = engines;
        this.reader = reader;
        this.limits = limits;
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.agreements = new RecordedAgreements(ledger);
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
        known.add("commit");
        f.onlyKnown(known);
        Optional<String> regime = Optional.of(f.text("regime").orElse(DEFAULT_REGIME));
        boolean commit = f.bool("commit", false);
        Optional<Transaction> t = reader.read(f, "t1");
        DecisionEngine engine = regime.isPresent() ? engine(regime.get(), problems) : null;
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!commit) {
            ctx.json(fields(engine.decide(t.orElseThrow(), ledger), engine));
            return;
        }
        Caller caller = committer(ctx);
        idempotency.respond(ctx, true, key -> Idempotency.Answer.ok(committed(engine, t.get(),
                LedgerRequest.of(key.orElseThrow(), Ownership.actor(caller)), true)));
    }

    private void batch(Context ctx) {
        JsonNode body = Json.body(ctx);
        List<Problem> problems = new ArrayList<>();
        Fields f = new Fields(body, "", problems, limits.maxText());
        f.onlyKnown(Set.of("regime", "transactions", "commit"));
        Optional<String> regime = Optional.of(f.text("regime").orElse(DEFAULT_REGIME));
        boolean commit = f.bool("commit", false);
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
        if (!commit) {
            ctx.json(uncommittedBatch(engine, transactions));
            return;
        }
        Caller caller = committer(ctx);
        idempotency.respond(ctx, true, key -> {
            ObjectNode result = Json.mapper().createObjectNode();
            result.put("regime", engine.regime().id());
            ArrayNode determinations = result.putArray("determinations");
            // Recorded in date order (ties keep the request's order), reported in the request's order.
            ObjectNode[] decided = new ObjectNode[transactions.size()];
            BatchDecider.dateOrder(transactions).forEach(i -> decided[i] = committed(engine, transactions.get(i),
                            LedgerRequest.of(key.orElseThrow() + "#" + i, Ownership.actor(caller)), false));
            java.util.Arrays.stream(decided).forEach(determinations::add);
            return Idempotency.Answer.ok(result);
        });
    }

    /** Decided in date order on the ledger's recorded use plus the batch's own earlier debits (nothing recorded). */
    private ObjectNode uncommittedBatch(DecisionEngine engine, List<Transaction> transactions) {
        ObjectNode result = Json.mapper().createObjectNode();
        result.put("regime", engine.regime().id());
        ArrayNode determinations = result.putArray("determinations");
        new BatchDecider(engine, true).decide(transactions, new InMemoryQuotaBook(ledger))
                .forEach(d -> determinations.add(fields(d, engine)));
        return result;
    }

    /**
     * Decides against the ledger and records the debits in one transaction. A refused recording
     * fails the request when {@code strict} (one shipment), else is reported in the shipment's
     * {@code recorded} (a batch goes on with the next shipment).
     */
    private ObjectNode committed(DecisionEngine engine, Transaction t, LedgerRequest request, boolean strict) {
        Decided<Determination> decided = ledger.decideAndRecord(request, book -> engine.decide(t, book),
                Determination::debits);
        ObjectNode json = fields(decided.decision(), engine);
        Optional<LedgerResult> recording = decided.recording();
        if (recording.isEmpty()) {
            json.putNull("recorded");
        } else if (recording.get() instanceof LedgerResult.Recorded recorded) {
            json.set("recorded", LedgerJson.recorded(recorded));
        } else if (strict) {
            throw LedgerResults.refusal((LedgerResult.Refused) recording.get());
        } else {
            LedgerResult.Refused refused = (LedgerResult.Refused) recording.get();
            json.putObject("recorded").put("refusal", refused.refusal().name()).put("detail", refused.message())
                    .put("availableTpp", refused.availableTpp());
        }
        return json;
    }

    /** Only exporters (for their company) and regulators commit; analysts check without recording. */
    private static Caller committer(Context ctx) {
        Caller caller = Caller.of(ctx);
        if (caller.role() == Role.ANALYST) {
            throw ApiException.forbidden("an analyst key checks without committing: drop \"commit\", or use an "
                    + "exporter or regulator key to record the debits in the ledger");
        }
        return caller;
    }

    static ObjectNode fields(Determination d, DecisionEngine engine) {
        return Json.mapper().valueToTree(DeterminationFields.of(d, Explainer.of(engine)));
    }

    private DecisionEngine engine(String regime, List<Problem> problems) {
        try {
            return agreements.engine(engines.engine("regime", regime));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
