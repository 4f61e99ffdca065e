package dev.chipex.sim.scenario;

import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.regime.ReviewPolicy;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the bundled default assumptions ({@code assumptions.yaml}), with a user file's values
 * merged over them key by key. Every problem is reported with the file and the key path.
 */
public final class AssumptionsLoader {
    private AssumptionsLoader() {
    }

    public static Assumptions defaults() {
        return parse("assumptions.yaml (bundled)", bundled());
    }

    /** The defaults with {@code overrideText} (YAML, from {@code source}) merged over them. */
    public static Assumptions withOverrides(String source, String overrideText) {
        Map<String, Object> override;
        try {
            Object loaded = yaml().load(overrideText);
            if (loaded != null && !(loaded instanceof Map)) {
                throw InvalidInputException.of(source, "an assumptions file is a YAML mapping like the bundled one");
            }
            override = loaded == null ? Map.of() : cast(loaded);
        } catch (YAMLException e) {
            throw new InvalidInputException(List.of(new Problem(source, 0, "", "not valid YAML: " + e.getMessage())));
        }
        Map<String, Object> merged = bundled();
        List<Problem> problems = new ArrayList<>();
        merge(merged, override, "", source, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return parse(source, merged);
    }

    private static Assumptions parse(String source, Map<String, Object> root) {
        ScenarioReader r = new ScenarioReader(source, root);
        Map<String, Review> reviews = new LinkedHashMap<>();
        for (ReviewPolicy policy : ReviewPolicy.values()) {
            String path = "licenseReview." + policy.code();
            reviews.put(policy.code(), r.review(path));
        }
        Assumptions a = new Assumptions(r.byYear("pricePerH100eUsd.byYear"), r.uncertain("pricePerH100eUsd.factor"),
                r.share("diversionRisk.default"), r.shares("diversionRisk.byCountry"),
                r.uncertain("diversionRisk.factor"), reviews, r.uncertain("substitution.share"),
                r.byYear("substitution.capacityH100ePerYear"), r.byYear("domesticCapacity.h100ePerYear"),
                r.uncertain("domesticCapacity.relocationShare"), r.uncertain("deals.defaultProbability"),
                r.uncertainMap("deals.byId"), WorldAssumptionsReader.read(r), r.sources(sections()));
        r.finish();
        return a;
    }

    private static List<String> sections() {
        List<String> sections = new ArrayList<>(List.of("pricePerH100eUsd", "diversionRisk", "licenseReview",
                "substitution", "domesticCapacity", "deals"));
        sections.addAll(WorldAssumptionsReader.SECTIONS);
        return sections;
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> base, Map<String, Object> override, String path, String source,
                              List<Problem> problems) {
        for (Map.Entry<String, Object> e : override.entrySet()) {
            String key = String.valueOf(e.getKey());
            String at = path.isEmpty() ? key : path + "." + key;
            Object current = base.get(key);
            boolean open = path.endsWith("byId") || path.endsWith("byCountry") || path.endsWith("byYear")
                    || path.endsWith("PerYear") || path.endsWith("byOwner");
            if (current == null && !open) {
                problems.add(new Problem(source, 0, at, "unknown assumption; the bundled assumptions.yaml lists "
                        + "every key (see 'chipex compare --help')"));
            } else if (current instanceof Map && e.getValue() instanceof Map) {
                merge((Map<String, Object>) current, (Map<String, Object>) e.getValue(), at, source, problems);
            } else {
                base.put(key, e.getValue());
            }
        }
    }

    private static Map<String, Object> bundled() {
        try (InputStream in = AssumptionsLoader.class.getResourceAsStream("assumptions.yaml")) {
            if (in == null) {
                throw new IllegalStateException("assumptions.yaml is missing from the chipex-sim jar");
            }
            return cast(yaml().load(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }
}
