package dev.chipex.core.item;

import dev.chipex.core.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ChipCatalogTest {
    private final ChipCatalog catalog = ChipCatalog.bundled();

    private static final String HEADER =
            "name,vendor,aliases,rates,die_area_mm2,datacenter,memory_bandwidth_gbs,released,source,note\n";

    @Test
    void bundled_hasAtLeastFortyChips_eachWithASource() {
        assertThat(catalog.all()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(catalog.all()).allSatisfy(chip -> assertThat(chip.source()).isNotBlank());
    }

    @Test
    void bundled_namesAreUnique_andNoAliasNamesTwoChips() {
        assertThat(catalog.all()).extracting(CatalogChip::name).doesNotHaveDuplicates();
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        catalog.all().forEach(chip -> {
            List<String> names = new ArrayList<>(chip.aliases());
            names.add(chip.name());
            names.forEach(n -> {
                String previous = owner.putIfAbsent(n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", ""), chip.name());
                if (previous != null && !previous.equals(chip.name())) {
                    clashes.add(n + " names " + previous + " and " + chip.name());
                }
            });
        });

        assertThat(clashes).isEmpty();
        assertThat(catalog.all()).allSatisfy(chip -> chip.aliases()
                .forEach(alias -> assertThat(catalog.find(alias)).as(alias).contains(chip)));
    }

    @Test
    void bundled_holdsTheChipsTheIssueNames() {
        for (String name : List.of("H100 SXM", "H100 PCIe", "H800", "H200", "H20", "L20", "L40S", "L4", "L2", "A100",
                "A800", "A10", "A30", "B200", "B100", "GB200", "B300", "GB300", "RTX 4090", "RTX 4090 D", "RTX 5090", "RTX 5090 D",
                "RTX 6000 Ada", "MI300X", "MI325X", "MI308X", "MI250X", "MI355X", "Gaudi 2", "Gaudi 3 PCIe", "Gaudi 3 OAM", "TPU v5e",
                "TPU v5p", "TPU v6e", "TPU v7", "Trainium", "Trainium2", "Inferentia2", "Ascend 910B",
                "Ascend 910C", "MLU370")) {
            assertThat(catalog.find(name)).as(name).isPresent();
        }
    }

    @Test
    void bundled_everyVendorFamilyIsPresent() {
        assertThat(catalog.all()).extracting(CatalogChip::vendor)
                .contains("NVIDIA", "AMD", "Intel", "Google", "Amazon AWS", "Huawei", "Cambricon");
        assertThat(catalog.all()).anyMatch(chip -> !chip.spec().datacenter());
    }

    @Test
    void find_ignoresCaseSpacesAndHyphens() {
        assertThat(catalog.find("rtx4090d")).map(CatalogChip::name).contains("NVIDIA GeForce RTX 4090 D");
        assertThat(catalog.find("nvidia h100 sxm")).map(CatalogChip::name).contains("NVIDIA H100 SXM");
        assertThat(catalog.find("mlu370-x8")).map(CatalogChip::name).contains("Cambricon MLU370-X8");
    }

    @Test
    void resolve_unknownName_suggestsTheClosest() {
        assertThatThrownBy(() -> catalog.resolve("CHIP", "H10O"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("CHIP: unknown chip 'H10O'")
                .hasMessageContaining("did you mean: H100");
    }

    @Test
    void read_duplicateAlias_failsNamingBothChips() {
        String csv = HEADER + "Chip A,V,X1,10@8,,yes,,2024,datasheet A,\nChip B,V,x-1,10@8,,yes,,2024,datasheet B,\n";

        assertThatThrownBy(() -> ChipCatalog.read(new StringReader(csv)))
                .hasMessageContaining("'x-1' of Chip B already names Chip A");
    }

    @Test
    void read_missingSource_failsNamingTheLine() {
        String csv = HEADER + "Chip A,V,,10@8,,yes,,2024,,\n";

        assertThatThrownBy(() -> ChipCatalog.read(new StringReader(csv)))
                .hasMessageContaining("chips.csv:2").hasMessageContaining("needs a source");
    }

    @Test
    void read_datacenterNeitherYesNorNo_fails() {
        String csv = HEADER + "Chip A,V,,10@8,,maybe,,2024,datasheet,\n";

        assertThatThrownBy(() -> ChipCatalog.read(new StringReader(csv)))
                .hasMessageContaining("datacenter must be yes or no, got 'maybe'");
    }

    /** Two Gaudi 3 parts differ (#19): the plain name could mean either, so it is refused and both are offered. */
    @Test
    void resolve_plainGaudi3_refusedNamingBothParts() {
        assertThatThrownBy(() -> catalog.resolve("item", "Gaudi 3"))
                .isInstanceOf(dev.chipex.core.problem.InvalidInputException.class)
                .hasMessageContaining("Gaudi 3 OAM").hasMessageContaining("Gaudi 3 PCIe");
        assertThat(catalog.find("Gaudi 3 OAM").orElseThrow().spec().tpp()).isEqualTo(1835 * 16);
        assertThat(catalog.find("Gaudi 3 PCIe").orElseThrow().spec().tpp()).isEqualTo(1678 * 16);
    }

    /** TPP is the highest rate x bits: the MI355X's FP6 rate (its FP4 rate, CDNA 4) sets it, not FP4 (#19). */
    @Test
    void find_mi355x_tppFromItsFp6Rate() {
        assertThat(catalog.find("MI355X").orElseThrow().spec().tpp()).isCloseTo(10066.3 * 6, within(1e-6));
        assertThat(catalog.find("RTX 5090 D").orElseThrow().spec().tpp()).isCloseTo(4750, within(1e-6));
    }
}
