package dev.chipex.server.access;

import dev.chipex.core.problem.InvalidInputException;
import io.javalin.security.RouteRole;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Who a key belongs to: an exporter (one company's compliance team), a regulator (manages
 * allocations, agreements and adjustments; sees everything) or an analyst (classification,
 * checks without commit, regimes, simulations).
 */
public enum Role implements RouteRole {
    EXPORTER, REGULATOR, ANALYST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String field, String text) {
        for (Role role : values()) {
            if (role.code().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return role;
            }
        }
        throw InvalidInputException.of(field, "unknown role '" + text + "': use one of "
                + Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", ")));
    }
}
