package dev.chipex.server.api;

import dev.chipex.core.regime.RegimeCatalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Every {@code /api/v1} route, with the roles allowed on each. */
public final class V1Routes {
    private V1Routes() {
    }

    public static List<ApiRoute> all(RegimeCatalog catalog, Limits limits, Clock clock) {
        Engines engines = new Engines(catalog);
        List<ApiRoute> routes = new ArrayList<>();
        routes.addAll(new ClassifyApi(limits).routes());
        routes.addAll(new CheckApi(engines, new TransactionReader(clock), limits).routes());
        routes.addAll(new CountriesApi(engines, clock).routes());
        routes.addAll(new TiersApi(engines, clock).routes());
        routes.addAll(new RegimesApi(engines, clock).routes());
        return List.copyOf(routes);
    }
}
