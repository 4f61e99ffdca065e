package dev.chipex.core.shipment;

import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.regime.RegimeCatalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Reads one shipment from its fields as written (names as in {@link ShipmentFields}, values as
 * text), checking every field: a transaction, or every problem at once, each located by the
 * caller's {@link FieldLocator}. Names the reader does not know are left to the caller (a CSV
 * header, an API's list of fields). Thread-safe: the server shares one.
 *
 * <p>No field has a default except where one value is the rule for the kind of item: a shipment
 * is of chips unless {@code kind} says model-weights; model weights are one copy, closed unless
 * {@code open_weights} says so; chips are bare unless {@code chips_per_unit} says how many each
 * computer holds. Everything else that is required must be written, the consignee's headquarters
 * too (it decides the headquarters rules, so it is never assumed to be the destination). A front
 * door that takes one shipment at a time may fill in the id and today's date before reading.
 */
public final class ShipmentReader {
    /** A sanity bound shared by every front door: quantities above it are typing mistakes, and overflow TPP sums. */
    static final long MAX_QUANTITY = 1_000_000_000L;

    /** Worked out on the first shipment that declares an end use: finding them loads every regime. */
    private final Supplier<Set<String>> knownEndUses;
    private volatile Set<String> endUses;
    private final ChipSource chips;
    private final Memo<String> countryCodes = new Memo<>();
    private final Memo<LocalDate> dates = new Memo<>();

    /** {@code knownEndUses}: the end uses some regime's rules test ({@link EndUses#known}); any other is refused. */
    public ShipmentReader(Set<String> knownEndUses) {
        this(knownEndUses, new CatalogChips());
    }

    public ShipmentReader(Set<String> knownEndUses, ChipSource chips) {
        this(() -> knownEndUses, chips);
    }

    private ShipmentReader(Supplier<Set<String>> knownEndUses, ChipSource chips) {
        this.knownEndUses = knownEndUses;
        this.chips = chips;
    }

    /** A reader that knows the end uses of {@code catalog}'s regimes, with chips from the bundled catalog. */
    public static ShipmentReader of(RegimeCatalog catalog) {
        return new ShipmentReader(() -> EndUses.known(catalog), new CatalogChips());
    }

    public ShipmentRead read(Map<String, String> fields, FieldLocator where) {
        return read(fields, where, Set.of());
    }

    /**
     * As {@link #read(Map, FieldLocator)}, for a source that lacks the required {@code absentColumns}
     * altogether and reports that once: a row is not blamed for leaving them out, and is not accepted.
     */
    public ShipmentRead read(Map<String, String> fields, FieldLocator where, Set<String> absentColumns) {
        List<Problem> problems = new ArrayList<>();
        RowFields row = new RowFields(this, fields, where, absentColumns, problems);
        return row.transaction().<ShipmentRead>map(ShipmentRead.Accepted::new)
                .orElseGet(() -> new ShipmentRead.Rejected(problems));
    }

    Set<String> knownEndUses() {
        Set<String> known = endUses;
        if (known == null) {
            known = new TreeSet<>(knownEndUses.get());
            endUses = known;
        }
        return known;
    }

    ChipSource chips() {
        return chips;
    }

    /** The ISO code of the country written as {@code text}; an unknown one fails naming {@code field}. */
    String countryCode(String field, String text) {
        return countryCodes.get(text, t -> CountryCatalog.bundled().resolve(field, t).code());
    }

    LocalDate date(String text) {
        return dates.get(text, LocalDate::parse);
    }
}
