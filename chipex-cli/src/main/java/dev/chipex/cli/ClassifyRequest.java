package dev.chipex.cli;

import dev.chipex.core.item.ChipSpec;
import dev.chipex.core.item.ProcessingRate;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The checked input of {@code chipex classify}: either a catalog chip name or raw figures. Every
 * problem is reported at once, each naming its option and the fix.
 */
record ClassifyRequest(Optional<String> chipName, Optional<ChipSpec> figures) {

    static ClassifyRequest of(String name, List<String> rateTexts, String dieArea, boolean notDatacenter, int chips) {
        List<Problem> problems = new ArrayList<>();
        if (chips < 1) {
            problems.add(Problem.of("--chips", "must be at least 1, got " + chips
                    + "; give the number of chips the computer holds"));
        }
        boolean figuresGiven = !rateTexts.isEmpty() || dieArea != null || notDatacenter;
        if (!name.isEmpty() && figuresGiven) {
            problems.add(Problem.of("CHIP", "give either a chip name or its figures (--rate, --die-area, "
                    + "--not-datacenter), not both; the catalog already holds '" + name + "''s figures"));
        } else if (name.isEmpty() && rateTexts.isEmpty()) {
            problems.add(Problem.of("--rate", "nothing to classify: name a chip (see 'chipex chips list') "
                    + "or give at least one --rate TOPS@BITS, e.g. --rate 989.4@16"));
        }
        List<ProcessingRate> rates = new ArrayList<>();
        for (String text : rateTexts) {
            try {
                rates.add(ProcessingRate.parse("--rate", text));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        OptionalDouble area = dieArea == null ? OptionalDouble.empty() : parseArea(dieArea, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!name.isEmpty()) {
            return new ClassifyRequest(Optional.of(name), Optional.empty());
        }
        return new ClassifyRequest(Optional.empty(), Optional.of(new ChipSpec(rates, area, !notDatacenter)));
    }

    private static OptionalDouble parseArea(String text, List<Problem> problems) {
        String fix = "give the summed area of the logic dies in mm² as a number greater than 0 (e.g. 814), "
                + "or leave --die-area out when it is unknown";
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            problems.add(Problem.of("--die-area", "'" + text + "' is not a number; " + fix));
            return OptionalDouble.empty();
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            problems.add(Problem.of("--die-area", "must be greater than 0 mm², got '" + text + "'; " + fix));
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value);
    }
}
