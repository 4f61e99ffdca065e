package dev.chipex.core.regime;

import dev.chipex.core.country.Country;
import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.country.DatedMembership;
import dev.chipex.core.country.EarCountryGroup;
import dev.chipex.core.country.EarCountryGroups;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves a name to the set of countries it means on a date: a regime group, else an EAR
 * Country Group, else a single ISO country code. Hong Kong follows China in EAR groups.
 * Results are cached per span between change dates (see {@link #changeDates()}); thread-safe.
 */
public final class GroupResolver {
    private final Map<String, GroupDefinition> groups;
    private final List<Agreement> agreements;
    private final EarCountryGroups earGroups;
    private final CountryCatalog countries;
    /** Members by the first day of the span of dates they hold on ({@link #spanStart}). */
    private final Map<LocalDate, Map<String, Set<String>>> cache = new ConcurrentHashMap<>();
    /**
     * {@link #changeDates()}, worked out once: every name resolves alike between two of them, so
     * members are worked out once per span rather than once per date a batch meets.
     */
    private final NavigableSet<LocalDate> spans;
    /**
     * EAR group members with the countries that take their groups, by the members the group
     * lists: these change on few dates, so each set is worked out once, not on every date.
     */
    private final Map<Set<String>, Set<String>> withTreatedAs = new ConcurrentHashMap<>();
    /** The date asked about last: batches come in date order, so this skips the date lookup. */
    private volatile OnDate last = new OnDate(LocalDate.MIN, Map.of());

    private record OnDate(LocalDate date, Map<String, Set<String>> groups) {
    }

    public GroupResolver(Map<String, GroupDefinition> groups, List<Agreement> agreements, EarCountryGroups earGroups,
                         CountryCatalog countries) {
        this.groups = Map.copyOf(groups);
        this.agreements = List.copyOf(agreements);
        this.earGroups = earGroups;
        this.countries = countries;
        this.spans = Collections.unmodifiableNavigableSet(findChangeDates());
    }

    public static GroupResolver of(Regime regime) {
        return new GroupResolver(regime.groups(), regime.agreements(), EarCountryGroups.bundled(), CountryCatalog.bundled());
    }

    /**
     * Every date on which some membership this resolver reads may begin or end: regime groups'
     * countries, agreements and EAR groups. Between two consecutive such dates every name
     * resolves to the same members.
     */
    public NavigableSet<LocalDate> changeDates() {
        return new TreeSet<>(spans);
    }

    private NavigableSet<LocalDate> findChangeDates() {
        NavigableSet<LocalDate> dates = new TreeSet<>();
        for (GroupDefinition g : groups.values()) {
            for (DatedMembership m : g.countries()) {
                m.from().ifPresent(dates::add);
                m.until().ifPresent(dates::add);
            }
        }
        for (Agreement a : agreements) {
            a.validity().from().ifPresent(dates::add);
            a.validity().until().ifPresent(dates::add);
        }
        for (EarCountryGroup g : earGroups.all()) {
            for (DatedMembership m : g.members()) {
                m.from().ifPresent(dates::add);
                m.until().ifPresent(dates::add);
            }
        }
        return dates;
    }

    /**
     * The first day of the span between change dates that holds {@code date} ({@link LocalDate#MIN}
     * before the first change): every name has the same members on all dates with the same start.
     */
    public LocalDate spanStart(LocalDate date) {
        LocalDate start = spans.floor(date);
        return start == null ? LocalDate.MIN : start;
    }

    /** Whether the name is a regime group, an EAR group or a country code. */
    public boolean isKnown(String name) {
        return groups.containsKey(name) || earGroups.find(name).isPresent() || countries.isKnownCode(name);
    }

    public boolean contains(String name, String country, LocalDate date) {
        return members(name, date).contains(country);
    }

    public Set<String> members(String name, LocalDate date) {
        OnDate recent = last;
        Map<String, Set<String>> onDate;
        if (recent.date().equals(date)) {
            onDate = recent.groups();
        } else {
            onDate = cache.computeIfAbsent(spanStart(date), d -> new ConcurrentHashMap<>());
            last = new OnDate(date, onDate);
        }
        Set<String> cached = onDate.get(name);
        if (cached != null) {
            return cached;
        }
        Set<String> computed = resolve(name, date);
        onDate.put(name, computed);
        return computed;
    }

    /** The members worked out afresh, not cached: what {@link #members} must agree with on every day of a span. */
    Set<String> resolve(String name, LocalDate date) {
        return Set.copyOf(compute(name, date, new ArrayDeque<>()));
    }

    /** The chain of group names that refer back to themselves, if any. */
    public Optional<List<String>> cycle(String name) {
        return findCycle(name, new ArrayDeque<>());
    }

    private Optional<List<String>> findCycle(String name, Deque<String> path) {
        if (path.contains(name)) {
            List<String> chain = new java.util.ArrayList<>(path);
            Collections.reverse(chain);
            chain.add(name);
            return Optional.of(chain);
        }
        GroupDefinition g = groups.get(name);
        if (g == null) {
            return Optional.empty();
        }
        path.push(name);
        for (String ref : g.references()) {
            Optional<List<String>> found = findCycle(ref, path);
            if (found.isPresent()) {
                return found;
            }
        }
        path.pop();
        return Optional.empty();
    }

    private Set<String> compute(String name, LocalDate date, Deque<String> path) {
        GroupDefinition g = groups.get(name);
        if (g == null) {
            return fromEarOrCountry(name, date);
        }
        if (path.contains(name)) {
            throw new IllegalStateException("group '" + name + "' refers to itself through " + path);
        }
        path.push(name);
        Set<String> result = new TreeSet<>();
        if (g.allCountries()) {
            countries.all().stream().map(Country::code).forEach(result::add);
        }
        for (DatedMembership m : g.countries()) {
            if (m.activeOn(date)) {
                result.add(m.country());
            }
        }
        for (String ref : g.union()) {
            result.addAll(compute(ref, date, path));
        }
        for (Agreement a : agreements) {
            if (g.agreementKinds().contains(a.kind()) && a.validity().activeOn(date)) {
                result.add(a.country());
            }
        }
        for (String ref : g.minus()) {
            result.removeAll(compute(ref, date, path));
        }
        path.pop();
        return result;
    }

    /** The members an EAR group lists, with the countries that take their groups: read-only, not copied. */
    private Set<String> addTreatedAs(Set<String> listed) {
        Set<String> members = new TreeSet<>(listed);
        // Hong Kong takes China's groups (FR Doc 2020-28101).
        for (Country c : countries.all()) {
            if (!earGroups.treatedAs(c.code()).equals(c.code()) && members.contains(earGroups.treatedAs(c.code()))) {
                members.add(c.code());
            }
        }
        return Collections.unmodifiableSet(members);
    }

    private Set<String> fromEarOrCountry(String name, LocalDate date) {
        var ear = earGroups.find(name);
        if (ear.isPresent()) {
            return withTreatedAs.computeIfAbsent(ear.get().membersOn(date), this::addTreatedAs);
        }
        if (countries.isKnownCode(name)) {
            return Set.of(name);
        }
        return Set.of();
    }
}
