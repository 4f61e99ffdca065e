package dev.chipex.core.item;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of classification over the order none < 3A090.b < 3A090.a: more performance or less
 * die area never lowers it; loosening every threshold never raises it.
 */
class ClassifierProperties {
    private static final Classifier CLASSIFIER = Classifier.bundled();

    static int rank(Eccn eccn) {
        if (eccn.isParagraphA()) {
            return 2;
        }
        return eccn.isParagraphB() ? 1 : 0;
    }

    private static ChipSpec chip(double tops, int bits, double area, boolean hasArea, boolean datacenter) {
        return new ChipSpec(List.of(new ProcessingRate(tops, bits)),
                hasArea ? OptionalDouble.of(area) : OptionalDouble.empty(), datacenter);
    }

    @Property
    void raisingTheRate_neverLowersTheClassification(@ForAll @DoubleRange(min = 0.01, max = 10_000) double tops,
                                                     @ForAll @IntRange(min = 1, max = 64) int bits,
                                                     @ForAll @DoubleRange(min = 1, max = 3_000) double area,
                                                     @ForAll boolean hasArea, @ForAll boolean datacenter,
                                                     @ForAll @DoubleRange(min = 1, max = 20) double factor) {
        Eccn before = CLASSIFIER.classify(chip(tops, bits, area, hasArea, datacenter)).eccn();
        Eccn after = CLASSIFIER.classify(chip(tops * factor, bits, area, hasArea, datacenter)).eccn();

        assertThat(rank(after)).isGreaterThanOrEqualTo(rank(before));
    }

    @Property
    void shrinkingTheDie_neverLowersTheClassification(@ForAll @DoubleRange(min = 0.01, max = 10_000) double tops,
                                                      @ForAll @IntRange(min = 1, max = 64) int bits,
                                                      @ForAll @DoubleRange(min = 1, max = 3_000) double area,
                                                      @ForAll boolean datacenter,
                                                      @ForAll @DoubleRange(min = 0.05, max = 1) double shrink) {
        Eccn before = CLASSIFIER.classify(chip(tops, bits, area, true, datacenter)).eccn();
        Eccn after = CLASSIFIER.classify(chip(tops, bits, area * shrink, true, datacenter)).eccn();

        assertThat(rank(after)).isGreaterThanOrEqualTo(rank(before));
    }

    @Property
    void addingADieArea_neverLowersTheClassification(@ForAll @DoubleRange(min = 0.01, max = 10_000) double tops,
                                                     @ForAll @IntRange(min = 1, max = 64) int bits,
                                                     @ForAll @DoubleRange(min = 1, max = 3_000) double area) {
        Eccn unknown = CLASSIFIER.classify(chip(tops, bits, area, false, true)).eccn();
        Eccn known = CLASSIFIER.classify(chip(tops, bits, area, true, true)).eccn();

        assertThat(rank(known)).isGreaterThanOrEqualTo(rank(unknown));
    }

    @Property
    void scalingEveryThresholdUp_neverRaisesTheClassification(
            @ForAll @DoubleRange(min = 0.01, max = 10_000) double tops, @ForAll @IntRange(min = 1, max = 64) int bits,
            @ForAll @DoubleRange(min = 1, max = 3_000) double area, @ForAll boolean hasArea,
            @ForAll boolean datacenter, @ForAll @DoubleRange(min = 1.01, max = 10) double k) {
        ChipSpec spec = chip(tops, bits, area, hasArea, datacenter);

        Eccn law = CLASSIFIER.classify(spec).eccn();
        Eccn looser = CLASSIFIER.with(p -> p.scaled(k)).classify(spec).eccn();

        assertThat(rank(looser)).isLessThanOrEqualTo(rank(law));
    }

    @Property
    void computers_takeTheirChipsClassificationAndSumTpp(@ForAll @DoubleRange(min = 0.01, max = 10_000) double tops,
                                                         @ForAll @DoubleRange(min = 1, max = 3_000) double area,
                                                         @ForAll @IntRange(min = 2, max = 100_000) int chips) {
        ChipSpec spec = chip(tops, 8, area, true, true);
        Classification one = CLASSIFIER.classify(spec);
        Classification many = CLASSIFIER.classify(spec, chips);

        assertThat(many.eccn()).isEqualTo(one.eccn().asComputer());
        assertThat(many.tpp()).isEqualTo(one.tpp() * chips);
    }
}
