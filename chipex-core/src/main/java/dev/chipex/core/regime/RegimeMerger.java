package dev.chipex.core.regime;

import java.util.Map;

/**
 * Merges a child regime file over the regime it extends: the child's header replaces the
 * parent's; elements with the parent's ids replace them; new ids are added; {@code remove}
 * deletes ids of any kind.
 */
final class RegimeMerger {
    private RegimeMerger() {
    }

    static RegimeDraft merge(RegimeDraft parent, RegimeDraft child) {
        RegimeDraft merged = new RegimeDraft();
        merged.id = child.id;
        merged.title = child.title;
        merged.citation = child.citation;
        merged.version = child.version;
        merged.statuses = child.statuses.isEmpty() ? parent.statuses : child.statuses;
        merged.effective = child.effective.isPresent() ? child.effective : parent.effective;
        merged.compliance = child.compliance.isPresent() ? child.compliance : parent.compliance;
        merged.extendsId = child.extendsId;
        merged.assumptions.addAll(parent.assumptions);
        merged.assumptions.addAll(child.assumptions);
        merged.tiers = child.tiers.isEmpty() ? parent.tiers : child.tiers;
        merged.source = child.source;
        overlay(merged.groups, parent.groups, child.groups, child);
        overlay(merged.parameters, parent.parameters, child.parameters, child);
        overlay(merged.controls, parent.controls, child.controls, child);
        overlay(merged.exceptions, parent.exceptions, child.exceptions, child);
        overlay(merged.allocations, parent.allocations, child.allocations, child);
        overlay(merged.deals, parent.deals, child.deals, child);
        merged.agreements.addAll(parent.agreements);
        merged.agreements.addAll(child.agreements);
        merged.modelWeights = child.modelWeights.isPresent() ? child.modelWeights : parent.modelWeights;
        if (child.removals.contains("modelWeights")) {
            merged.modelWeights = java.util.Optional.empty();
        }
        merged.locations.putAll(parent.locations);
        merged.locations.putAll(child.locations);
        merged.explicitPriority.putAll(parent.explicitPriority);
        merged.explicitPriority.putAll(child.explicitPriority);
        merged.removals.addAll(child.removals);
        child.replacesParentFrom.ifPresent(date -> endInherited(merged, parent, child, date));
        amendReviews(merged, child);
        return merged;
    }

    /** Inherited rules that the child does not restate end where the child takes over. */
    private static void endInherited(RegimeDraft merged, RegimeDraft parent, RegimeDraft child, java.time.LocalDate date) {
        parent.controls.keySet().stream().filter(id -> !child.controls.containsKey(id) && merged.controls.containsKey(id))
                .forEach(id -> merged.controls.computeIfPresent(id, (k, c) -> new Control(c.id(), c.order(), c.title(),
                        c.purpose(), c.cited(), endBy(c.validity(), date), c.conditions(), c.review(), c.defaultPolicy(),
                        c.allocation())));
        parent.exceptions.keySet().stream().filter(id -> !child.exceptions.containsKey(id) && merged.exceptions.containsKey(id))
                .forEach(id -> merged.exceptions.computeIfPresent(id, (k, e) -> new LicenseExceptionRule(e.id(), e.code(),
                        e.kind(), e.priority(), e.purpose(), e.cited(), endBy(e.validity(), date), e.conditions(),
                        e.overcomes(), e.quota(), e.duties())));
    }

    private static Validity endBy(Validity v, java.time.LocalDate date) {
        java.time.LocalDate until = v.until().filter(u -> u.isBefore(date)).orElse(date);
        return new Validity(v.from(), java.util.Optional.of(until));
    }

    /** Review rules a child adds to an inherited control are consulted before the control's own. */
    private static void amendReviews(RegimeDraft merged, RegimeDraft child) {
        child.reviewAmendments.forEach((id, rules) -> merged.controls.computeIfPresent(id, (k, c) -> {
            java.util.List<ReviewRule> review = new java.util.ArrayList<>(rules);
            review.addAll(c.review());
            return new Control(c.id(), c.order(), c.title(), c.purpose(), c.cited(), c.validity(), c.conditions(), review,
                    c.defaultPolicy(), c.allocation());
        }));
        merged.reviewAmendments.putAll(child.reviewAmendments);
    }

    private static <T> void overlay(Map<String, T> into, Map<String, T> parent, Map<String, T> child, RegimeDraft draft) {
        into.putAll(parent);
        into.putAll(child);
        draft.removals.forEach(into::remove);
    }
}
