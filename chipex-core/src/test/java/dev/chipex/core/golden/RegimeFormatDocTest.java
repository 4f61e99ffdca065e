package dev.chipex.core.golden;

import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.country.EarCountryGroups;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.Item;
import dev.chipex.core.decision.Outcome;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.item.CatalogChip;
import dev.chipex.core.item.ChipCatalog;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.core.regime.RegimeLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/regime-format.md: every example is a fixture, identical to it, and works. */
class RegimeFormatDocTest {
    private static final Path DOC = Path.of("..", "docs", "regime-format.md");
    private static final Path FIXTURES = Path.of("src", "test", "resources", "regime-format");
    private static final Pattern BLOCK = Pattern.compile("```yaml\\n(# (fixture|golden): (\\S+)\\n.*?)```", Pattern.DOTALL);

    private static Map<String, String> examples() throws IOException {
        Map<String, String> examples = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(Files.readString(DOC));
        while (m.find()) {
            examples.put(m.group(3), m.group(1));
        }
        return examples;
    }

    @Test
    void docExamples_eachOne_isIdenticalToItsFixture() throws IOException {
        Map<String, String> examples = examples();
        assertThat(examples).containsKeys("minimal.yaml", "groups.yaml", "dated-parameter.yaml", "reform.yaml",
                "golden-example.yaml");
        for (Map.Entry<String, String> e : examples.entrySet()) {
            assertThat(Files.readString(FIXTURES.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
        try (Stream<Path> files = Files.list(FIXTURES)) {
            assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()))
                    .as("every fixture appears in the doc").isEqualTo(examples.keySet());
        }
    }

    @Test
    void docRegimeExamples_eachOne_loads() throws IOException {
        examples().forEach((name, text) -> {
            if (text.startsWith("# fixture:")) {
                assertThat(load(name, text).title()).as(name).isNotBlank();
            }
        });
    }

    @Test
    void docGoldenExample_everyCase_holds() throws IOException {
        GoldenFile file = GoldenFile.parse("golden-example.yaml", examples().get("golden-example.yaml"));
        file.cases().forEach(c -> GoldenCasesTest.run(RegimeCatalog.builtIn().get(file.regime()), c));
    }

    @Test
    void minimalExample_shipmentWithinSmallLimit_exceptionSmall() throws IOException {
        Regime regime = load("minimal.yaml", examples().get("minimal.yaml"));
        assertThat(decide(regime, "2025-06-01", 100, "SA", "SA").exception()).contains("SMALL");
        assertThat(decide(regime, "2025-06-01", 101, "SA", "SA").outcome()).isEqualTo(Outcome.LICENSE_REQUIRED);
        assertThat(decide(regime, "2024-06-01", 101, "SA", "SA").outcome()).as("before effective").isEqualTo(Outcome.NLR);
    }

    @Test
    void reformExample_singaporeFrom2026_exceptionAia() throws IOException {
        Regime regime = load("reform.yaml", examples().get("reform.yaml"));
        assertThat(decide(regime, "2026-02-01", 5000, "SG", "SG").exception()).contains("AIA");
        assertThat(decide(regime, "2025-12-01", 5000, "SG", "SG").outcome()).isEqualTo(Outcome.LICENSE_REQUIRED);
        assertThat(decide(regime, "2026-02-01", 1000, "IN", "US").outcome()).as("1,000 H100 above the halved LPP")
                .isEqualTo(Outcome.LICENSE_REQUIRED);
    }

    private static Regime load(String name, String text) {
        return new RegimeLoader(CountryCatalog.bundled(), EarCountryGroups.bundled(),
                id -> Optional.of(new RegimeLoader.RegimeText(id + ".yaml", read(id))))
                .load(new RegimeLoader.RegimeText(name, text));
    }

    private static String read(String id) {
        try (var in = RegimeFormatDocTest.class.getResourceAsStream("/dev/chipex/core/regime/" + id + ".yaml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Determination decide(Regime regime, String date, long quantity, String destination, String hq) {
        CatalogChip h100 = ChipCatalog.bundled().resolve("item", "NVIDIA H100 SXM");
        Transaction t = new Transaction("doc", LocalDate.parse(date), new Item.Chips(h100.name(), h100.spec(), 1,
                h100.memoryBandwidthGBs()), quantity, destination, "Doc Example Ltd", hq, Optional.empty(),
                Optional.empty(), Optional.empty());
        return DecisionEngine.of(regime).decide(t, new InMemoryQuotaBook());
    }
}
