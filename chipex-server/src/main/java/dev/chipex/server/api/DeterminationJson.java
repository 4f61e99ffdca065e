package dev.chipex.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.ItemSummary;
import dev.chipex.core.decision.Shortfall;
import dev.chipex.core.decision.TraceStep;
import dev.chipex.core.quota.QuotaDebit;
import dev.chipex.core.regime.ReviewPolicy;

import java.util.Map;

/**
 * The JSON form of a determination (ARCHITECTURE.md §6): {@code id, outcome, exception, policy,
 * control, citation, explanation, debits}, then what explains them. Absent values are
 * {@code null}, so every determination has the same fields. The one mapping, for the HTTP API
 * and the CLI's {@code --format json}.
 */
public final class DeterminationJson {
    private DeterminationJson() {
    }

    public static ObjectNode of(Determination d) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("id", d.transactionId());
        json.put("outcome", d.outcome().name());
        json.put("exception", d.exception().orElse(null));
        json.put("policy", d.policy().map(ReviewPolicy::code).orElse(null));
        json.put("control", d.requirement().orElse(null));
        json.put("citation", d.citation());
        json.put("explanation", d.explanation());
        ArrayNode debits = json.putArray("debits");
        d.debits().forEach(debit -> debits.add(debit(debit)));
        json.put("regime", d.regime());
        json.put("date", d.date().toString());
        json.put("rule", d.rule().orElse(null));
        json.set("item", item(d.item()));
        json.set("tiers", strings(d.tiers()));
        json.set("parameters", strings(d.parameters()));
        json.set("onApproval", d.onApproval().map(DeterminationJson::debit).orElse(null));
        json.set("shortfall", d.shortfall().map(DeterminationJson::shortfall).orElse(null));
        ArrayNode duties = json.putArray("duties");
        d.duties().forEach(duties::add);
        ArrayNode trace = json.putArray("trace");
        d.trace().forEach(step -> trace.add(step(step)));
        ArrayNode verify = json.putArray("verify");
        d.verify().forEach(verify::add);
        return json;
    }

    static ObjectNode debit(QuotaDebit debit) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("account", debit.account().id());
        json.put("kind", debit.account().kind().name());
        json.put("holder", debit.account().holder());
        json.put("period", debit.account().period());
        json.put("amountTpp", debit.amountTpp());
        json.put("capacityTpp", debit.capacityTpp());
        json.put("usedBeforeTpp", debit.usedBeforeTpp());
        json.put("balanceAfterTpp", debit.balanceAfterTpp());
        json.put("rule", debit.rule());
        return json;
    }

    private static ObjectNode item(ItemSummary item) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("name", item.name());
        json.put("eccn", item.eccn().code());
        json.put("paragraph", item.paragraph());
        json.put("tppPerUnit", item.tppPerUnit());
        json.put("totalTpp", item.totalTpp());
        json.put("totalH100e", item.totalH100e());
        ArrayNode notes = json.putArray("notes");
        item.notes().forEach(notes::add);
        return json;
    }

    private static ObjectNode shortfall(Shortfall s) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("rule", s.rule());
        json.put("code", s.code());
        json.put("unitsThatFit", s.unitsThatFit());
        json.put("availableTpp", s.availableTpp());
        json.put("neededTpp", s.neededTpp());
        return json;
    }

    private static ObjectNode step(TraceStep step) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("rule", step.rule());
        json.put("kind", step.kind());
        json.put("applied", step.applied());
        json.put("reason", step.reason());
        return json;
    }

    private static ObjectNode strings(Map<String, String> map) {
        ObjectNode json = Json.mapper().createObjectNode();
        new java.util.TreeMap<>(map).forEach(json::put);
        return json;
    }
}
