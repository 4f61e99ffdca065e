package dev.chipex.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.core.ledger.Adjustment;
import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.server.access.Caller;
import dev.chipex.server.access.Role;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/v1/ledger/adjustments}: a regulator changes an account's capacity (e.g. an
 * allocation doubled by an agreement) or corrects its committed use, by a signed TPP delta, with a reason.
 */
final class AdjustmentsApi {
    private static final long MAX_TPP = Long.MAX_VALUE / 4;
    private final QuotaLedger ledger;
    private final Idempotency idempotency;
    private final Limits limits;

    AdjustmentsApi(QuotaLedger ledger, Idempotency idempotency, Limits limits) {
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.limits = limits;
    }

    List<ApiRoute> routes() {
        return List.of(ApiRoute.post("/api/v1/ledger/adjustments", Set.of(Role.REGULATOR), this::adjust));
    }

    private void adjust(Context ctx) {
        List<Problem> problems = new ArrayList<>();
        Fields f = new Fields(Json.body(ctx), "", problems, limits.maxText());
        f.onlyKnown(Set.of("account", "target", "deltaTpp", "reason"));
        Optional<QuotaAccount> account = LedgerInput.account(f, "account");
        Optional<String> target = f.choice("target", List.of("CAPACITY", "USE"), "what to change");
        var delta = f.requiredWhole("deltaTpp", -MAX_TPP, MAX_TPP, "the signed change in TPP, e.g. -5000");
        Optional<String> reason = f.required("reason", "why, for the journal, e.g. \"G2G agreement signed 2025-03-01\"");
        if (delta.isPresent() && delta.getAsLong() == 0) {
            f.problem("deltaTpp", "an adjustment changes the amount: give a non-zero delta");
        }
        LedgerInput.throwIfAny(problems);
        Adjustment adjustment = new Adjustment(Adjustment.Target.valueOf(target.orElseThrow()), delta.getAsLong(),
                reason.orElseThrow());
        idempotency.respond(ctx, true, key -> {
            var recorded = LedgerResults.recordedOrThrow(ledger.adjust(
                    LedgerRequest.of(key.orElseThrow(), Ownership.actor(Caller.of(ctx))), account.orElseThrow(), adjustment));
            ObjectNode body = LedgerJson.balance(ledger.balance(account.get()).orElseThrow());
            body.set("recorded", LedgerJson.recorded(recorded));
            return Idempotency.Answer.ok(body);
        });
    }
}
