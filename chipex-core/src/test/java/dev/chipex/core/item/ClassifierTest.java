package dev.chipex.core.item;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassifierTest {
    private final Classifier classifier = Classifier.bundled();

    private static ChipSpec chip(double tops, int bits, Double area, boolean datacenter) {
        return new ChipSpec(List.of(new ProcessingRate(tops, bits)),
                area == null ? OptionalDouble.empty() : OptionalDouble.of(area), datacenter);
    }

    @Test
    void classify_noDieArea_saysDensityIsUndefined() {
        Classification result = classifier.classify(chip(3000, 1, null, true));

        assertThat(result.performanceDensity()).isEmpty();
        assertThat(result.notes()).anyMatch(n -> n.contains("performance density undefined"));
        assertThat(result.eccn()).isEqualTo(Eccn.NONE);
    }

    @Test
    void classify_notDatacenter_citesTheNonDatacenterRule() {
        Classification result = classifier.classify(chip(3000, 1, 100.0, false));

        assertThat(result.datacenter()).isFalse();
        assertThat(result.notes()).anyMatch(n -> n.contains("88 FR 73458 p-935"));
    }

    @Test
    void classify_h100_isOneH100Equivalent() {
        Classification result = classifier.classify(ChipCatalog.bundled().resolve("chip", "H100").spec());

        assertThat(result.tpp()).isEqualTo(15_832.0);
        assertThat(result.h100Equivalents()).isEqualTo(1.0);
        assertThat(result.performanceDensity().getAsDouble()).isBetween(19.44, 19.46);
        assertThat(result.citation()).contains("3A090.a.1");
    }

    @Test
    void classify_highestProductCounts_notTheFirstRate() {
        ChipSpec spec = new ChipSpec(List.of(new ProcessingRate(100, 16), new ProcessingRate(700, 8)),
                OptionalDouble.empty(), true);

        assertThat(classifier.classify(spec).tpp()).isEqualTo(5600.0);
    }

    @Test
    void classify_computerOfEight_sumsTppAndUses4A090() {
        ChipSpec h100 = ChipCatalog.bundled().resolve("chip", "H100").spec();

        Classification result = classifier.classify(h100, 8);

        assertThat(result.eccn()).isEqualTo(Eccn.COMPUTER_4A090_A);
        assertThat(result.tpp()).isEqualTo(8 * 15_832.0);
        assertThat(result.h100Equivalents()).isEqualTo(8.0);
        assertThat(result.performanceDensity()).isEqualTo(h100.performanceDensity());
    }

    @Test
    void classify_zeroChips_isRejected() {
        assertThatThrownBy(() -> classifier.classify(chip(1, 1, null, true), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chipSpec_zeroDieArea_isRejected() {
        assertThatThrownBy(() -> chip(1, 1, 0.0, true)).hasMessageContaining("die area must be greater than 0");
    }
}
