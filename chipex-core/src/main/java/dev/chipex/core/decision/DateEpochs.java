package dev.chipex.core.decision;

import dev.chipex.core.regime.Control;
import dev.chipex.core.regime.GroupResolver;
import dev.chipex.core.regime.LicenseExceptionRule;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.ReviewRule;
import dev.chipex.core.regime.Validity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers the dates on which a regime's rules look the same, and the countries they cannot tell
 * apart. Two dates share an epoch when every control, exception, authorization, review rule and
 * allocation is in force on both or neither, and every group the rules name (tiers included) has
 * the same members on both. Within an epoch, two countries share a class when they are in the
 * same of those groups. Apart from quotas, a determination sees a date only through rules'
 * validity and group membership, and a country only through membership, so a plan made for one
 * date and country of an epoch and class holds for all of them. Thread-safe.
 */
final class DateEpochs {
    private final List<Validity> validities = new ArrayList<>();
    private final List<String> groupNames;
    private final GroupResolver groups;
    private final Map<LocalDate, Epoch> byDate = new ConcurrentHashMap<>();
    /**
     * The dates on which a rule's validity or a group's membership may change: dates between
     * two of them share an epoch, so an epoch is worked out once per span, not once per date.
     */
    private final NavigableSet<LocalDate> changeDates;
    /** Epochs by the change date their span starts on, {@link LocalDate#MIN} before the first. */
    private final Map<LocalDate, Epoch> bySpan = new ConcurrentHashMap<>();
    private final Map<List<Object>, Epoch> bySignature = new HashMap<>();
    /** Country classes by the groups they are in: guarded by this object's lock. */
    private final Map<BitSet, Integer> classes = new HashMap<>();
    /** The date asked about last: batches come in date order, so this skips the date lookup. */
    private volatile Epoch last;

    /** One epoch: its number, a date in it, and the class of each country asked about so far. */
    final class Epoch {
        final int number;
        private final LocalDate date;
        private final LocalDate lastAsked;
        private final Map<String, Integer> classOf;

        private Epoch(int number, LocalDate date, LocalDate lastAsked, Map<String, Integer> classOf) {
            this.number = number;
            this.date = date;
            this.lastAsked = lastAsked;
            this.classOf = classOf;
        }

        /** The country's class: the same number for countries in the same groups on this epoch's dates. */
        int classOf(String country) {
            Integer known = classOf.get(country);
            return known != null ? known : classOf.computeIfAbsent(country, this::newClass);
        }

        private int newClass(String country) {
            BitSet in = new BitSet(groupNames.size());
            for (int g = 0; g < groupNames.size(); g++) {
                in.set(g, groups.contains(groupNames.get(g), country, date));
            }
            synchronized (DateEpochs.this) {
                return classes.computeIfAbsent(in, b -> classes.size());
            }
        }
    }

    DateEpochs(Regime regime, List<LicenseExceptionRule> rules, GroupResolver groups) {
        this.groups = groups;
        Set<String> names = new LinkedHashSet<>(regime.tiers());
        for (Control c : regime.controls()) {
            validities.add(c.validity());
            c.conditions().forEach(condition -> names.addAll(condition.groups()));
            for (ReviewRule review : c.review()) {
                validities.add(review.validity());
                review.conditions().forEach(condition -> names.addAll(condition.groups()));
            }
        }
        for (LicenseExceptionRule rule : rules) {
            validities.add(rule.validity());
            rule.conditions().forEach(condition -> names.addAll(condition.groups()));
        }
        regime.allocations().forEach(a -> {
            validities.add(a.validity());
            names.add(a.group());
        });
        this.groupNames = List.copyOf(names);
        this.changeDates = groups.changeDates();
        for (Validity v : validities) {
            v.from().ifPresent(changeDates::add);
            v.until().ifPresent(changeDates::add);
        }
    }

    Epoch of(LocalDate date) {
        Epoch recent = last;
        if (recent != null && recent.lastAsked.equals(date)) {
            return recent;
        }
        Epoch epoch = byDate.computeIfAbsent(date, this::spanOf);
        Epoch asked = new Epoch(epoch.number, epoch.date, date, epoch.classOf);
        last = asked;
        return asked;
    }

    private Epoch spanOf(LocalDate date) {
        LocalDate start = changeDates.floor(date);
        return bySpan.computeIfAbsent(start == null ? LocalDate.MIN : start, s -> epochOf(date));
    }

    private synchronized Epoch epochOf(LocalDate date) {
        List<Object> signature = new ArrayList<>(validities.size() + groupNames.size());
        for (Validity v : validities) {
            signature.add(v.activeOn(date));
        }
        for (String name : groupNames) {
            signature.add(groups.members(name, date));
        }
        return bySignature.computeIfAbsent(signature,
                s -> new Epoch(bySignature.size(), date, date, new ConcurrentHashMap<>()));
    }
}
