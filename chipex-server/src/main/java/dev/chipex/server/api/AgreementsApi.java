package dev.chipex.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.ledger.Agreement;
import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.problem.Problem;
import dev.chipex.server.access.Caller;
import dev.chipex.server.access.Role;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/v1/ledger/agreements}: government-to-government agreements and bilateral deals in
 * force (exporters and regulators read them; a regulator records one, and a deal with a quota
 * opens its {@code DEAL} account in the same request).
 */
final class AgreementsApi {
    private static final long MAX_TPP = Long.MAX_VALUE / 4;
    private final QuotaLedger ledger;
    private final Idempotency idempotency;
    private final Limits limits;

    AgreementsApi(QuotaLedger ledger, Idempotency idempotency, Limits limits) {
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.limits = limits;
    }

    List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/v1/ledger/agreements", Set.of(Role.EXPORTER, Role.REGULATOR), this::list),
                ApiRoute.post("/api/v1/ledger/agreements", Set.of(Role.REGULATOR), this::record));
    }

    private void list(Context ctx) {
        ArrayNode agreements = Json.mapper().createArrayNode();
        ledger.agreements().forEach(a -> agreements.add(LedgerJson.agreement(a)));
        ctx.json(agreements);
    }

    private void record(Context ctx) {
        List<Problem> problems = new ArrayList<>();
        Fields f = new Fields(Json.body(ctx), "", problems, limits.maxText());
        f.onlyKnown(Set.of("id", "kind", "country", "effectiveFrom", "terms", "quotaTpp", "period"));
        Optional<String> id = f.required("id", "a unique id without '/', e.g. g2g-ae-2025");
        Optional<String> kind = f.choice("kind", List.of("GOVERNMENT_TO_GOVERNMENT", "DEAL"), "the agreement's kind");
        Optional<String> country = f.required("country", "the partner country, e.g. AE")
                .flatMap(c -> CountryCatalog.bundled().find(c).map(dev.chipex.core.country.Country::code)
                        .or(() -> { f.problem("country", "unknown country '" + c + "': use an ISO 3166-1 alpha-2 code"); return Optional.empty(); }));
        Optional<LocalDate> from = f.date("effectiveFrom");
        if (from.isEmpty() && problems.stream().noneMatch(p -> p.path().equals("effectiveFrom"))) {
            f.problem("effectiveFrom", "required: the date it takes effect, YYYY-MM-DD");
        }
        String terms = f.text("terms").orElse("");
        long quota = f.whole("quotaTpp", 0, 0, MAX_TPP);
        Optional<String> period = f.text("period");
        if (id.isPresent() && id.get().contains("/")) {
            f.problem("id", "an agreement id cannot contain '/'");
        }
        if (quota > 0 && period.isEmpty()) {
            f.problem("period", "a deal with a quota needs the period it covers, e.g. 2026");
        }
        LedgerInput.throwIfAny(problems);
        Agreement agreement = new Agreement(id.orElseThrow(), Agreement.Kind.valueOf(kind.orElseThrow()),
                country.orElseThrow(), from.orElseThrow(), terms, quota, period.orElse(""));
        idempotency.respond(ctx, true, key -> {
            var recorded = LedgerResults.recordedOrThrow(ledger.recordAgreement(
                    LedgerRequest.of(key.orElseThrow(), Ownership.actor(Caller.of(ctx))), agreement));
            ObjectNode body = LedgerJson.agreement(agreement);
            body.set("recorded", LedgerJson.recorded(recorded));
            return new Idempotency.Answer(201, body, Optional.empty());
        });
    }
}
