package dev.chipex.server.api;

import dev.chipex.core.problem.InvalidInputException;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters shared by several routes. */
final class Query {
    private Query() {
    }

    /** {@code ?date=YYYY-MM-DD}, today (on the server's clock, UTC) when absent. */
    static LocalDate date(Context ctx, Clock clock) {
        String text = ctx.queryParam("date");
        if (text == null || text.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("date", "'" + text + "' is not a date: write YYYY-MM-DD, e.g. 2025-06-01");
        }
    }

    static String required(Context ctx, String name, String hint) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(name, "required: " + hint);
        }
        return text.strip();
    }
}
