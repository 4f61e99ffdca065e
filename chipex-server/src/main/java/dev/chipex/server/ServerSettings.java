package dev.chipex.server;

import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.server.access.ServerDatabase;
import dev.chipex.server.api.Limits;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to run the server. {@code port} 0 picks a free port; the default host is loopback only,
 * so a server is reachable from elsewhere only when asked for.
 *
 * @param database the server's own tables (API keys, idempotent responses)
 * @param ledger   the quota ledger the ledger routes and {@code check} read and write
 * @param denials  where refused requests are reported (the server log by default)
 */
public record ServerSettings(String host, int port, ServerDatabase database, QuotaLedger ledger,
                             RegimeCatalog regimes, Limits limits, Clock clock, Consumer<Denial> denials) {
    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(regimes, "regimes");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(denials, "denials");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 (any free port) to 65535, got " + port);
        }
    }

    public static ServerSettings of(Stores stores, String host, int port) {
        var log = LoggerFactory.getLogger("dev.chipex.server.access");
        return new ServerSettings(host, port, stores.users(), stores.ledger(), RegimeCatalog.builtIn(), Limits.DEFAULT,
                Clock.systemUTC(), denial -> log.warn("{}", denial));
    }

    public ServerSettings withDenials(Consumer<Denial> newDenials) {
        return new ServerSettings(host, port, database, ledger, regimes, limits, clock, newDenials);
    }

    public ServerSettings withLimits(Limits newLimits) {
        return new ServerSettings(host, port, database, ledger, regimes, newLimits, clock, denials);
    }
}
