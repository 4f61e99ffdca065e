package dev.chipex.cli;

import dev.chipex.core.problem.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the {@code --date} options: ISO dates, today when absent. */
final class Dates {
    private Dates() {
    }

    static LocalDate parseOrToday(String field, String text) {
        if (text == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "'" + text + "' is not a date; write YYYY-MM-DD, e.g. 2025-01-15");
        }
    }
}
