package dev.chipex.core.item;

import dev.chipex.core.country.Confidence;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;

/**
 * Classifies chips and computers under ECCN 3A090/4A090 with paragraphs read from data
 * ({@code eccn-3a090.yaml}); the first paragraph that matches decides.
 */
public final class Classifier {
    private static final Classifier BUNDLED = load();

    private final List<EccnParagraph> paragraphs;
    private final double h100eTpp;
    private final String nonDatacenterCitation;

    public Classifier(List<EccnParagraph> paragraphs, double h100eTpp, String nonDatacenterCitation) {
        this.paragraphs = List.copyOf(paragraphs);
        this.h100eTpp = h100eTpp;
        this.nonDatacenterCitation = nonDatacenterCitation;
    }

    public static Classifier bundled() {
        return BUNDLED;
    }

    public List<EccnParagraph> paragraphs() {
        return paragraphs;
    }

    /** TPP of one H100-equivalent. */
    public double h100eTpp() {
        return h100eTpp;
    }

    /** A classifier whose paragraphs are changed by {@code change}: for what-if analysis and tests. */
    public Classifier with(UnaryOperator<EccnParagraph> change) {
        List<EccnParagraph> changed = new ArrayList<>();
        paragraphs.forEach(p -> changed.add(change.apply(p)));
        return new Classifier(changed, h100eTpp, nonDatacenterCitation);
    }

    public Classification classify(ChipSpec chip) {
        return classify(chip, 1);
    }

    /** Classifies {@code chips} of this chip; more than one is a computer (4A090) with summed TPP. */
    public Classification classify(ChipSpec chip, int chips) {
        if (chips < 1) {
            throw new IllegalArgumentException("a computer holds at least one chip");
        }
        double tpp = chip.tpp();
        OptionalDouble density = chip.performanceDensity();
        List<String> notes = new ArrayList<>();
        if (density.isEmpty()) {
            notes.add("performance density undefined (no die area given): only the TPP-only test (a.1) can apply");
        }
        if (!chip.datacenter()) {
            notes.add("not designed or marketed for datacenters: the density tests do not apply ("
                    + nonDatacenterCitation + ")");
        }
        Optional<EccnParagraph> deciding = paragraphs.stream()
                .filter(p -> p.matches(tpp, density, chip.datacenter()))
                .findFirst();
        Eccn eccn = deciding.map(EccnParagraph::eccn).orElse(Eccn.NONE);
        if (deciding.isPresent()) {
            notes.add("3A090." + deciding.get().paragraph() + ": " + deciding.get().text());
        } else {
            notes.add("below every 3A090 a/b threshold: not classified in 3A090.a or .b");
        }
        if (chips > 1) {
            eccn = eccn.asComputer();
            notes.add("computer with " + chips + " chips: " + eccn + ", TPP is the sum over its chips");
        }
        double total = tpp * chips;
        return new Classification(total, density, eccn, deciding, total / h100eTpp, chip.datacenter(), chips, notes);
    }

    @SuppressWarnings("unchecked")
    private static Classifier load() {
        Map<String, Object> root;
        try (InputStream in = Classifier.class.getResourceAsStream("eccn-3a090.yaml")) {
            if (in == null) {
                throw new IllegalStateException("eccn-3a090.yaml is missing from the chipex-core jar");
            }
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<EccnParagraph> paragraphs = new ArrayList<>();
        for (Map<String, Object> p : (List<Map<String, Object>>) root.get("paragraphs")) {
            paragraphs.add(new EccnParagraph((String) p.get("paragraph"), Eccn.fromCode((String) p.get("eccn")),
                    number(p.get("tppAtLeast")).orElse(0), number(p.get("tppBelow")),
                    number(p.get("densityAtLeast")), number(p.get("densityBelow")),
                    Boolean.TRUE.equals(p.get("datacenterOnly")), Confidence.valueOf((String) p.get("confidence")),
                    (String) p.get("citation"), (String) p.get("text")));
        }
        var note = (Map<String, Object>) root.get("nonDatacenterNote");
        return new Classifier(paragraphs, number(root.get("h100eTpp")).orElseThrow(), (String) note.get("citation"));
    }

    private static OptionalDouble number(Object value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(((Number) value).doubleValue());
    }
}
