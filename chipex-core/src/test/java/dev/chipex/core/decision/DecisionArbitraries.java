package dev.chipex.core.decision;

import dev.chipex.core.country.Country;
import dev.chipex.core.item.ChipSpec;
import dev.chipex.core.item.ProcessingRate;
import dev.chipex.core.regime.RegimeCatalog;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** Generators over the real catalogs: countries, dates 2023-2028, chips, regimes, transactions. */
final class DecisionArbitraries {
    private static final List<String> COUNTRIES = dev.chipex.core.country.CountryCatalog.bundled().all().stream()
            .map(Country::code).collect(Collectors.toList());
    private static final List<String> CHIPS = List.of("NVIDIA H100 SXM", "NVIDIA H20", "NVIDIA A100 SXM",
            "NVIDIA GeForce RTX 4090");

    private DecisionArbitraries() {
    }

    static Arbitrary<String> countries() {
        return Arbitraries.oneOf(Arbitraries.of(COUNTRIES),
                Arbitraries.of("US", "DE", "IN", "CN", "SA", "AE", "MY", "IL", "MO", "KH", "PL", "BR"));
    }

    static Arbitrary<LocalDate> dates() {
        LocalDate start = LocalDate.of(2023, 1, 1);
        return Arbitraries.integers().between(0, 6 * 365 - 1).map(start::plusDays);
    }

    static Arbitrary<String> regimes() {
        return Arbitraries.of(RegimeCatalog.builtIn().builtInIds());
    }

    static Arbitrary<Item> items() {
        Arbitrary<Item> catalog = Arbitraries.of(CHIPS).map(Transactions::chip);
        Arbitrary<Item> greyZone = Arbitraries.just(new Item.Chips("grey-zone part",
                new ChipSpec(List.of(new ProcessingRate(400, 8)), OptionalDouble.of(800), true), 1, OptionalDouble.empty()));
        Arbitrary<Item> weights = Combinators.combine(Arbitraries.of(5e25, 1e26, 2e26), Arbitraries.of(true, false))
                .as((ops, open) -> new Item.ModelWeights("model", ops, open));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, catalog), net.jqwik.api.Tuple.of(2, greyZone), net.jqwik.api.Tuple.of(1, weights));
    }

    static Arbitrary<Transaction> transactions() {
        Arbitrary<Long> quantities = Arbitraries.oneOf(Arbitraries.longs().between(1, 3000),
                Arbitraries.longs().between(1, 120_000));
        Arbitrary<Optional<String>> parents = Arbitraries.oneOf(Arbitraries.just(Optional.<String>empty()),
                countries().map(Optional::of));
        Arbitrary<Optional<String>> veus = Arbitraries.of(Optional.empty(), Optional.of("UVEU"), Optional.of("NVEU"));
        Arbitrary<Optional<String>> endUses = Arbitraries.of(Optional.empty(), Optional.of("manufacturing"));
        Arbitrary<String> consignees = Arbitraries.of("Alpha Compute", "Beta Cloud", "Humain", "G42");
        return Combinators.combine(dates(), items(), quantities, countries(), consignees, countries(), parents,
                Combinators.combine(veus, endUses).as((v, e) -> new Optional<?>[]{v, e}))
                .as((date, item, qty, dest, consignee, hq, parent, extra) -> new Transaction("p", date, item, qty, dest,
                        consignee, hq, parent, cast(extra[0]), cast(extra[1])));
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> cast(Optional<?> value) {
        return (Optional<String>) value;
    }
}
