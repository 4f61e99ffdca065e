package dev.chipex.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.core.ledger.AccountIds;
import dev.chipex.core.ledger.AuditFinding;
import dev.chipex.core.ledger.JournalEntry;
import dev.chipex.core.ledger.LedgerAudit;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.server.access.Caller;
import dev.chipex.server.access.Role;
import io.javalin.http.Context;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/v1/ledger/history}: journal entries oldest first, paged by {@code after} (a
 * sequence number) and {@code limit}; an exporter gets only its company's entries. {@code
 * /api/v1/ledger/verify}: a regulator re-derives every balance from the journal and checks the hash chain.
 */
final class HistoryApi {
    private static final int MAX_LIMIT = 1000;
    private final QuotaLedger ledger;

    HistoryApi(QuotaLedger ledger) {
        this.ledger = ledger;
    }

    List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/v1/ledger/history", Set.of(Role.EXPORTER, Role.REGULATOR), this::history),
                ApiRoute.get("/api/v1/ledger/verify", Set.of(Role.REGULATOR), this::verify));
    }

    private void history(Context ctx) {
        Caller caller = Caller.of(ctx);
        Optional<String> account = Optional.ofNullable(ctx.queryParam("account")).map(String::strip).filter(a -> !a.isEmpty());
        if (account.isPresent() && account.get().contains("/")) {
            Ownership.requireSees(caller, AccountIds.parse(account.get()));
        }
        long after = number(ctx, "after", 0, 0, Long.MAX_VALUE);
        int limit = (int) number(ctx, "limit", 100, 1, MAX_LIMIT);
        ArrayNode entries = Json.mapper().createArrayNode();
        long cursor = after;
        boolean more = true;
        while (entries.size() < limit && more) {
            List<JournalEntry> page = ledger.history(account, cursor, limit);
            for (JournalEntry e : page) {
                cursor = e.sequence();
                if (Ownership.sees(caller, e)) {
                    entries.add(LedgerJson.entry(e));
                    if (entries.size() == limit) {
                        break;
                    }
                }
            }
            more = page.size() == limit;
        }
        ObjectNode json = Json.mapper().createObjectNode();
        json.set("entries", entries);
        json.put("next", entries.size() == limit ? "/api/v1/ledger/history?after=" + cursor + "&limit=" + limit
                + account.map(a -> "&account=" + java.net.URLEncoder.encode(a, java.nio.charset.StandardCharsets.UTF_8)).orElse("")
                : null);
        ctx.json(json);
    }

    private void verify(Context ctx) {
        LedgerAudit audit = ledger.verify();
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("passed", audit.passed());
        json.put("entriesChecked", audit.entriesChecked());
        json.put("headSequence", audit.head().sequence());
        json.put("headHash", audit.head().hash());
        ArrayNode findings = json.putArray("findings");
        for (AuditFinding f : audit.findings()) {
            findings.addObject().put("sequence", f.sequence()).put("kind", f.kind().name()).put("message", f.message());
        }
        ctx.json(json);
    }

    private static long number(Context ctx, String name, long fallback, long min, long max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(text.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the fix
        }
        throw InvalidInputException.of(name, "expected a whole number from " + min + " to " + max + ", got '" + text + "'");
    }
}
