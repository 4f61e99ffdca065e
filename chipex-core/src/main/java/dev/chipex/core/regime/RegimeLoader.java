package dev.chipex.core.regime;

import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.country.EarCountryGroups;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads a regime file, merging in the regimes it extends, and validates the result. Every
 * problem in the files is reported at once, located by file, line and path.
 */
public final class RegimeLoader {
    /** A regime file's name and text. */
    public record RegimeText(String source, String text) {
    }

    private final CountryCatalog countries;
    private final EarCountryGroups earGroups;
    private final Function<String, Optional<RegimeText>> parents;

    /** @param parents finds the file of a regime by id, for {@code extends} */
    public RegimeLoader(CountryCatalog countries, EarCountryGroups earGroups,
                        Function<String, Optional<RegimeText>> parents) {
        this.countries = countries;
        this.earGroups = earGroups;
        this.parents = parents;
    }

    public Regime load(RegimeText file) {
        List<Problem> problems = new ArrayList<>();
        Optional<RegimeDraft> draft = resolve(file, new LinkedHashSet<>(), problems);
        if (draft.isPresent() && problems.isEmpty()) {
            new RegimeValidator(countries, earGroups, problems).validate(draft.get());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return draft.orElseThrow().toRegime();
    }

    private Optional<RegimeDraft> resolve(RegimeText file, Set<String> chain, List<Problem> problems) {
        Optional<RegimeDraft> parsed = new RegimeParser(countries, problems).parse(file.source(), file.text());
        if (parsed.isEmpty()) {
            return parsed;
        }
        RegimeDraft draft = parsed.get();
        if (!chain.add(draft.id)) {
            problems.add(draft.at("extends", "cycle in 'extends': " + String.join(" -> ", chain) + " -> " + draft.id
                    + "; a regime cannot extend itself, directly or through others"));
            return Optional.empty();
        }
        if (draft.extendsId.isEmpty()) {
            return Optional.of(draft);
        }
        String parentId = draft.extendsId.get();
        Optional<RegimeText> parentFile = parents.apply(parentId);
        if (parentFile.isEmpty()) {
            problems.add(draft.at("extends", "unknown regime '" + parentId + "' in 'extends'; use a built-in regime id "
                    + "(chipex regimes list) or a file loaded beside this one"));
            return Optional.empty();
        }
        return resolve(parentFile.get(), chain, problems).map(parent -> RegimeMerger.merge(parent, draft));
    }
}
