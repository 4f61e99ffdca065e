package dev.chipex.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.core.ledger.AccountBalance;
import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaKind;
import dev.chipex.server.access.Caller;
import dev.chipex.server.access.Role;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/v1/ledger/accounts}: balances (filtered by {@code kind} and {@code holder}; an
 * exporter sees only what {@link Ownership} allows), one account's balance, and a regulator
 * opening an account with its capacity.
 */
final class LedgerAccountsApi {
    private static final long MAX_TPP = Long.MAX_VALUE / 4;
    private final QuotaLedger ledger;
    private final Idempotency idempotency;
    private final Limits limits;

    LedgerAccountsApi(QuotaLedger ledger, Idempotency idempotency, Limits limits) {
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.limits = limits;
    }

    List<ApiRoute> routes() {
        Set<Role> readers = Set.of(Role.EXPORTER, Role.REGULATOR);
        return List.of(ApiRoute.get("/api/v1/ledger/accounts", readers, this::list),
                ApiRoute.get("/api/v1/ledger/accounts/{kind}/{holder}/{period}", readers, this::one),
                ApiRoute.post("/api/v1/ledger/accounts", Set.of(Role.REGULATOR), this::open));
    }

    private void list(Context ctx) {
        Caller caller = Caller.of(ctx);
        String kind = Optional.ofNullable(ctx.queryParam("kind")).map(k -> k.strip().toUpperCase(Locale.ROOT)).orElse("");
        if (!kind.isEmpty() && Arrays.stream(QuotaKind.values()).noneMatch(k -> k.name().equals(kind))) {
            throw dev.chipex.core.problem.InvalidInputException.of("kind", "'" + kind + "' is not a quota kind: use one of "
                    + Arrays.toString(QuotaKind.values()));
        }
        String holder = Optional.ofNullable(ctx.queryParam("holder")).map(String::strip).orElse("");
        ArrayNode accounts = Json.mapper().createArrayNode();
        for (AccountBalance b : ledger.accounts()) {
            QuotaAccount a = b.account();
            if ((kind.isEmpty() || a.kind().name().equals(kind)) && (holder.isEmpty() || a.holder().equalsIgnoreCase(holder))
                    && Ownership.sees(caller, a)) {
                accounts.add(LedgerJson.balance(b));
            }
        }
        ctx.json(accounts);
    }

    private void one(Context ctx) {
        QuotaAccount account = LedgerInput.account(ctx);
        Ownership.requireSees(Caller.of(ctx), account);
        AccountBalance balance = ledger.balance(account).orElseThrow(() -> ApiException.notFound("account",
                "no account " + account.id() + " in the ledger; a regulator opens it, or a committed check does"));
        ctx.json(LedgerJson.balance(balance));
    }

    private void open(Context ctx) {
        List<Problem> problems = new ArrayList<>();
        Fields f = new Fields(Json.body(ctx), "", problems, limits.maxText());
        f.onlyKnown(Set.of("kind", "holder", "period", "capacityTpp", "reason"));
        Optional<String> kind = f.choice("kind", Arrays.stream(QuotaKind.values()).map(Enum::name).toList(), "the quota kind");
        Optional<String> holder = f.required("holder", "who holds the quota: a consignee, a country code or a deal id");
        Optional<String> period = f.required("period", "the period it covers, e.g. 2025 or 2025-2027");
        var capacity = f.requiredWhole("capacityTpp", 0, MAX_TPP, "the capacity in TPP");
        String reason = f.text("reason").orElse("opened through the API");
        if (holder.isPresent() && holder.get().contains("/")) {
            f.problem("holder", "a holder cannot contain '/': it separates the parts of an account id");
        }
        LedgerInput.throwIfAny(problems);
        QuotaAccount account = new QuotaAccount(QuotaKind.valueOf(kind.orElseThrow()), holder.orElseThrow(),
                period.orElseThrow());
        idempotency.respond(ctx, true, key -> {
            var recorded = LedgerResults.recordedOrThrow(ledger.openAccount(
                    LedgerRequest.of(key.orElseThrow(), Ownership.actor(Caller.of(ctx))), account,
                    capacity.getAsLong(), reason));
            ObjectNode body = LedgerJson.balance(ledger.balance(account).orElseThrow());
            body.set("recorded", LedgerJson.recorded(recorded));
            return new Idempotency.Answer(201, body, Optional.of(LedgerInput.location(account)));
        });
    }
}
