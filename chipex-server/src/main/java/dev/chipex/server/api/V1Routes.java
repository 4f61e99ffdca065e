package dev.chipex.server.api;

import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.server.access.IdempotentResponses;
import dev.chipex.server.jobs.JobRunner;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Every {@code /api/v1} route, with the roles allowed on each. */
public final class V1Routes {
    private V1Routes() {
    }

    /** What the routes work on: the regimes, the ledger, stored idempotent responses and the job runner. */
    public record Services(RegimeCatalog catalog, QuotaLedger ledger, IdempotentResponses responses, JobRunner jobs) {
    }

    public static List<ApiRoute> all(Services services, Limits limits, Clock clock) {
        Engines engines = new Engines(services.catalog());
        QuotaLedger ledger = services.ledger();
        Idempotency idempotency = new Idempotency(services.responses());
        List<ApiRoute> routes = new ArrayList<>();
        routes.addAll(new ClassifyApi(limits).routes());
        routes.addAll(new CheckApi(engines, new TransactionReader(clock, services.catalog()), limits, ledger, idempotency).routes());
        routes.addAll(new CountriesApi(engines, clock).routes());
        routes.addAll(new TiersApi(engines, clock).routes());
        routes.addAll(new RegimesApi(engines, clock).routes());
        routes.addAll(new LedgerAccountsApi(ledger, idempotency, limits).routes());
        routes.addAll(new ReservationsApi(ledger, idempotency, limits, clock).routes());
        routes.addAll(new AdjustmentsApi(ledger, idempotency, limits).routes());
        routes.addAll(new AgreementsApi(ledger, idempotency, limits).routes());
        routes.addAll(new HistoryApi(ledger).routes());
        routes.addAll(new JobsApi(services.jobs(), new SimulationReader(engines, limits), idempotency).routes());
        return List.copyOf(routes);
    }
}
