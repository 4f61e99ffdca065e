package dev.chipex.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.LedgerResult;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.ledger.Reservation;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.server.access.Caller;
import dev.chipex.server.access.Role;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/v1/ledger/reservations}: hold quota for a pending shipment, then commit it (the
 * shipment went) or release it (it did not). An exporter reserves on accounts it sees and settles
 * only its company's reservations; every change needs an {@code Idempotency-Key}.
 */
final class ReservationsApi {
    private static final long MAX_TPP = Long.MAX_VALUE / 4;
    private static final int DEFAULT_HOLD_HOURS = 72;
    private static final int MAX_HOLD_HOURS = 24 * 366;
    private final QuotaLedger ledger;
    private final Idempotency idempotency;
    private final Limits limits;
    private final Clock clock;

    ReservationsApi(QuotaLedger ledger, Idempotency idempotency, Limits limits, Clock clock) {
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.limits = limits;
        this.clock = clock;
    }

    List<ApiRoute> routes() {
        Set<Role> both = Set.of(Role.EXPORTER, Role.REGULATOR);
        return List.of(ApiRoute.post("/api/v1/ledger/reservations", both, this::reserve),
                ApiRoute.get("/api/v1/ledger/reservations/{id}", both, this::show),
                ApiRoute.post("/api/v1/ledger/reservations/{id}/commit", both, ctx -> settle(ctx, true)),
                ApiRoute.post("/api/v1/ledger/reservations/{id}/release", both, ctx -> settle(ctx, false)));
    }

    private void reserve(Context ctx) {
        List<Problem> problems = new ArrayList<>();
        Fields f = new Fields(Json.body(ctx), "", problems, limits.maxText());
        f.onlyKnown(Set.of("account", "amountTpp", "expiresAt", "holdHours"));
        Optional<QuotaAccount> account = LedgerInput.account(f, "account");
        var amount = f.requiredWhole("amountTpp", 1, MAX_TPP, "the TPP to hold, a whole number from 1");
        Instant expiresAt = expiry(f);
        LedgerInput.throwIfAny(problems);
        Caller caller = Caller.of(ctx);
        Ownership.requireSees(caller, account.orElseThrow());
        idempotency.respond(ctx, true, key -> {
            LedgerResult.Recorded recorded = LedgerResults.recordedOrThrow(ledger.reserve(
                    LedgerRequest.of(key.orElseThrow(), Ownership.actor(caller)), account.get(), amount.getAsLong(),
                    expiresAt));
            String id = recorded.reservationId().orElseThrow();
            return new Idempotency.Answer(201, answer(id, recorded), Optional.of("/api/v1/ledger/reservations/" + id));
        });
    }

    private void show(Context ctx) {
        Reservation r = find(ctx);
        Ownership.requireOwns(Caller.of(ctx), ledger, r);
        ObjectNode json = LedgerJson.reservation(r, clock.instant());
        json.put("reservedBy", Ownership.reservedBy(ledger, r).orElse(null));
        ctx.json(json);
    }

    private void settle(Context ctx, boolean commit) {
        Reservation r = find(ctx);
        Caller caller = Caller.of(ctx);
        Ownership.requireOwns(caller, ledger, r);
        idempotency.respond(ctx, true, key -> {
            LedgerRequest request = LedgerRequest.of(key.orElseThrow(), Ownership.actor(caller));
            LedgerResult result = commit ? ledger.commit(request, r.id()) : ledger.release(request, r.id());
            return Idempotency.Answer.ok(answer(r.id(), LedgerResults.recordedOrThrow(result)));
        });
    }

    private ObjectNode answer(String id, LedgerResult.Recorded recorded) {
        Reservation r = ledger.reservation(id).orElseThrow();
        ObjectNode json = Json.mapper().createObjectNode();
        json.set("reservation", LedgerJson.reservation(r, clock.instant()));
        ledger.balance(dev.chipex.core.ledger.AccountIds.parse(r.accountId()))
                .ifPresent(b -> json.set("balance", LedgerJson.balance(b)));
        json.set("recorded", LedgerJson.recorded(recorded));
        return json;
    }

    private Reservation find(Context ctx) {
        String id = ctx.pathParam("id");
        return ledger.reservation(id).orElseThrow(() -> ApiException.notFound("id", "no reservation '" + id
                + "' in the ledger; POST /api/v1/ledger/reservations makes one"));
    }

    private Instant expiry(Fields f) {
        Instant now = clock.instant();
        Optional<String> at = f.text("expiresAt");
        if (at.isPresent()) {
            try {
                Instant when = Instant.parse(at.get());
                if (!when.isAfter(now)) {
                    f.problem("expiresAt", "must be in the future (now is " + now + ")");
                }
                return when;
            } catch (DateTimeParseException e) {
                f.problem("expiresAt", "'" + at.get() + "' is not an instant: write e.g. 2026-01-31T12:00:00Z");
                return now;
            }
        }
        long hours = f.whole("holdHours", DEFAULT_HOLD_HOURS, 1, MAX_HOLD_HOURS);
        return now.plus(Duration.ofHours(hours));
    }
}
