package dev.chipex.server.access;

import dev.chipex.server.api.ApiException;
import io.javalin.http.Context;

import java.util.Objects;
import java.util.Optional;

/**
 * The holder of a valid API key.
 *
 * @param keyId   a short, non-secret id of the key (the start of its hash), safe to log
 * @param company the exporter's company; empty for regulators and analysts
 */
public record Caller(String keyId, String name, Role role, Optional<String> company) {
    /** The request attribute the access guard stores the caller under. */
    public static final String ATTRIBUTE = "chipex.caller";

    public Caller {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(company, "company");
        if (role == Role.EXPORTER && company.isEmpty()) {
            throw new IllegalArgumentException("an exporter key must name its company");
        }
    }

    /** The caller of a request that passed the access guard; a 401 if the route was public. */
    public static Caller of(Context ctx) {
        Caller caller = ctx.attribute(ATTRIBUTE);
        if (caller == null) {
            throw ApiException.unauthorized("this request needs an API key: send 'Authorization: Bearer KEY'");
        }
        return caller;
    }

    public boolean isRegulator() {
        return role == Role.REGULATOR;
    }
}
