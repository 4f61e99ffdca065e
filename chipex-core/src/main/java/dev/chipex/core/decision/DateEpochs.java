package dev.chipex.core.decision;

import dev.chipex.core.regime.Control;
import dev.chipex.core.regime.GroupResolver;
import dev.chipex.core.regime.LicenseExceptionRule;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.ReviewRule;
import dev.chipex.core.regime.Validity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers the dates on which a regime's rules look the same: two dates share an epoch when every
 * control, exception, authorization, review rule and allocation is in force on both or neither,
 * and every group the rules name (tiers included) has the same members on both. Apart from
 * quotas, nothing else a determination finds depends on the date, so a plan made on one date of
 * an epoch holds on all of them. Thread-safe.
 */
final class DateEpochs {
    private final List<Validity> validities = new ArrayList<>();
    private final List<String> groupNames;
    private final GroupResolver groups;
    private final Map<LocalDate, Integer> byDate = new ConcurrentHashMap<>();
    private final Map<List<Object>, Integer> bySignature = new HashMap<>();
    /** The date asked about last: batches come in date order, so this skips the date lookup. */
    private volatile Last last = new Last(LocalDate.MIN, -1);

    private record Last(LocalDate date, int epoch) {
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
    }

    int of(LocalDate date) {
        Last recent = last;
        if (recent.date().equals(date)) {
            return recent.epoch();
        }
        int epoch = byDate.computeIfAbsent(date, this::number);
        last = new Last(date, epoch);
        return epoch;
    }

    private synchronized int number(LocalDate date) {
        List<Object> signature = new ArrayList<>(validities.size() + groupNames.size());
        for (Validity v : validities) {
            signature.add(v.activeOn(date));
        }
        for (String name : groupNames) {
            signature.add(groups.members(name, date));
        }
        return bySignature.computeIfAbsent(signature, s -> bySignature.size());
    }
}
