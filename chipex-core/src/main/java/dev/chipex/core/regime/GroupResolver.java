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

/**
 * Resolves a name to the set of countries it means on a date: a regime group, else an EAR
 * Country Group, else a single ISO country code. Hong Kong follows China in EAR groups.
 * Between two of its {@link #changeDates()} every name means the same countries. Thread-safe.
 */
public final class GroupResolver {
    private final Map<String, GroupDefinition> groups;
    private final List<Agreement> agreements;
    private final EarCountryGroups earGroups;
    private final CountryCatalog countries;
    /** {@link #changeDates()}, worked out once. */
    private final NavigableSet<LocalDate> spans;

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

    /** Whether the name is a regime group, an EAR group or a country code. */
    public boolean isKnown(String name) {
        return groups.containsKey(name) || earGroups.find(name).isPresent() || countries.isKnownCode(name);
    }

    public boolean contains(String name, String country, LocalDate date) {
        return members(name, date).contains(country);
    }

    /** The members the name means on the date, worked out afresh: read-only. */
    public Set<String> members(String name, LocalDate date) {
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

    /** The members an EAR group lists, with the countries that take their groups. */
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
            return addTreatedAs(ear.get().membersOn(date));
        }
        if (countries.isKnownCode(name)) {
            return Set.of(name);
        }
        return Set.of();
    }
}
