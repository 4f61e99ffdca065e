package dev.chipex.cli;

import dev.chipex.core.problem.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads date options: ISO dates, with a message that names the option and the format. */
final class Dates {
    private Dates() {
    }

    /** The date, or today when the option was not given. */
    static LocalDate parseOrToday(String field, String text) {
        return text == null ? LocalDate.now() : parse(field, text);
    }

    static LocalDate parse(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "'" + text + "' is not a date; write YYYY-MM-DD, e.g. 2025-01-15");
        }
    }
}
