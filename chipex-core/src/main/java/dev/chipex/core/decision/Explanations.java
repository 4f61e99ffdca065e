package dev.chipex.core.decision;

import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.quota.QuotaDebit;
import dev.chipex.core.regime.Cited;
import dev.chipex.core.regime.LicenseExceptionRule;
import dev.chipex.core.regime.Numbers;
import dev.chipex.core.regime.OutcomeKind;
import dev.chipex.core.regime.Regime;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Turns a finished decision into a Determination with a paragraph an officer can file. */
final class Explanations {
    /** Room for most explanations without regrowing the builder. */
    private static final int EXPECTED_LENGTH = 1024;
    /** A buffer grown past this by an unusual explanation is not kept for the next one. */
    private static final int KEPT_LENGTH = 16_384;
    /**
     * Each thread writes its explanations in one buffer it keeps, so a determination allocates
     * only its finished text: a builder per explanation, regrown and then copied, was most of
     * what a batch of full determinations allocated.
     */
    private static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(() -> new StringBuilder(EXPECTED_LENGTH));
    /** Codes are checked before a decision, but a caller may pass any string: the cache stays bounded. */
    private static final int NAME_LIMIT = 10_000;
    private final Regime regime;
    private final double h100eTpp;
    private final CountryCatalog countries = CountryCatalog.bundled();
    /** Countries as the explanations name them, "India (IN)": a batch names the same few thousands of times. */
    private final Map<String, String> names = new ConcurrentHashMap<>();
    /** The closing sentence for each list of rules to verify: a regime has few such lists. */
    private final Map<List<String>, String> verifyNotes = new ConcurrentHashMap<>();

    /**
     * Names of two-letter codes (what the checked input gives) by letters, so the common case
     * skips hashing a code that is a new string on every row. Racy but safe: a slot is written
     * with an immutable String, and a reader that misses a write just looks the name up again.
     */
    private final String[] twoLetterNames = new String[26 * 26];
    /** "Under TITLE (ID) on ": the opening every explanation of the regime shares. */
    private final String opening;
    /** The last date written and its text: a batch in date order writes each date many times over. */
    private DateText lastDate = new DateText(LocalDate.MIN, LocalDate.MIN.toString());

    private record DateText(LocalDate date, String text) {
    }

    Explanations(Regime regime, double h100eTpp) {
        this.regime = regime;
        this.h100eTpp = h100eTpp;
        this.opening = "Under " + regime.title() + " (" + regime.id() + ") on ";
    }

    Determination noLicenseRequired(DecisionEngine.Decision d) {
        String text = !d.explain ? "" : finish(firstReason(d, header(d).append(": no license required. None of the ")
                .append(regime.controls().size()).append(" controls of this regime applies")).append('.'));
        String citation = d.item.eccn().code().equals("none") ? "not classified in 3A090/4A090.a-b or 4E091" : regime.citation();
        return build(d, Outcome.NLR, Optional.empty(), Optional.empty(), Optional.empty(), citation, List.of(), verify(d), text);
    }

    Determination granted(DecisionEngine.Decision d) {
        LicenseExceptionRule rule = d.granted;
        boolean exception = rule.kind() == OutcomeKind.EXCEPTION;
        if (!d.explain) {
            return build(d, exception ? Outcome.EXCEPTION : Outcome.AUTHORIZED, Optional.of(rule.code()), Optional.empty(),
                    Optional.of(rule.id()), rule.cited().citation(), rule.duties(), verify(d), "");
        }
        StringBuilder text = requirement(header(d).append(": "), d).append(", but ");
        if (exception) {
            text.append("License Exception ").append(rule.code());
        } else {
            text.append("the ").append(rule.code()).append(" authorization");
        }
        text.append(" (").append(rule.cited().citation()).append(") applies");
        for (int i = 0; i < d.debits.size(); i++) {
            QuotaDebit debit = d.debits.get(i);
            tpp(TraceSteps.appendAccount(tpp(text.append("; it uses "), debit.amountTpp()).append(" of "), debit.account())
                    .append(", leaving "), debit.balanceAfterTpp()).append(" of ");
            tpp(text, debit.capacityTpp());
        }
        text.append('.');
        if (!rule.duties().isEmpty()) {
            text.append(" Duties: ").append(String.join("; ", rule.duties())).append('.');
        }
        List<String> verify = verify(d);
        return build(d, exception ? Outcome.EXCEPTION : Outcome.AUTHORIZED, Optional.of(rule.code()), Optional.empty(),
                Optional.of(rule.id()), rule.cited().citation(), rule.duties(), verify, verifyNote(verify, text));
    }

    Determination licenseRequired(DecisionEngine.Decision d) {
        if (!d.explain) {
            return build(d, Outcome.LICENSE_REQUIRED, Optional.empty(), Optional.of(d.policy),
                    Optional.of(d.requirement.id()), d.requirement.cited().citation(), List.of(), verify(d), "");
        }
        StringBuilder text = requirement(header(d).append(": "), d).append(". Review policy: ")
                .append(d.policy);
        if (d.reviewCitation != null && !d.reviewCitation.isEmpty()) {
            text.append(" (").append(d.reviewCitation).append(')');
        }
        if (d.onApproval != null) {
            tpp(TraceSteps.appendAccount(tpp(text.append("; if approved, the license draws "), d.onApproval.amountTpp())
                    .append(" from "), d.onApproval.account()).append(", leaving "), d.onApproval.balanceAfterTpp());
        }
        if (d.allocationExhausted != null) {
            text.append("; the ").append(d.transaction.destination()).append(" allocation (")
                    .append(d.allocationExhausted.cited().citation()).append(") cannot hold this shipment");
        }
        text.append('.');
        if (d.shortfall != null) {
            long rest = d.transaction.quantity() - d.shortfall.unitsThatFit();
            text.append(" License Exception ").append(d.shortfall.code()).append(" would cover ")
                    .append(d.shortfall.unitsThatFit()).append(" of the ").append(d.transaction.quantity())
                    .append(" units (");
            tpp(text, d.shortfall.availableTpp()).append(" left in its quota); the other ").append(rest)
                    .append(" would still need this license. chipex does not split shipments: ship the smaller quantity "
                            + "under the exception and apply for the rest, if that is intended.");
        }
        String citation = d.requirement.cited().citation();
        List<String> verify = verify(d);
        return build(d, Outcome.LICENSE_REQUIRED, Optional.empty(), Optional.of(d.policy), Optional.of(d.requirement.id()),
                citation, List.of(), verify, verifyNote(verify, text));
    }

    private StringBuilder tpp(StringBuilder text, double tpp) {
        return Amounts.appendTppWithH100e(text, tpp, h100eTpp);
    }

    private static StringBuilder requirement(StringBuilder text, DecisionEngine.Decision d) {
        return text.append("a license is required by ").append(d.requirement.id()).append(" (").append(d.requirement.title())
                .append("; ").append(d.requirement.cited().citation()).append(')');
    }

    /**
     * The opening of the explanation, in this thread's buffer, emptied, with room for the rest
     * (one buffer rather than a chain of strings: a batch makes millions of these).
     */
    private StringBuilder header(DecisionEngine.Decision d) {
        Transaction t = d.transaction;
        ItemSummary item = d.item;
        StringBuilder text = BUFFER.get();
        text.setLength(0);
        text.append(opening).append(date(t.date())).append(", ");
        if (t.item() instanceof Item.ModelWeights) {
            text.append("the weights of ").append(item.name()).append(" (").append(item.eccn()).append(')');
        } else {
            text.append(t.quantity()).append(" x ").append(item.name()).append(" (").append(item.eccn());
            if (!item.paragraph().isEmpty()) {
                text.append(" para. ").append(item.paragraph());
            }
            text.append("; ");
            tpp(Numbers.appendPlain(text, Math.round(item.tppPerUnit())).append(" TPP each, "), item.totalTpp()).append(" in all)");
        }
        text.append(" to ").append(name(t.destination()));
        appendTier(text, d.tiers.get("destination"));
        text.append(", for ").append(t.consignee()).append(" (headquartered in ").append(name(t.consigneeHeadquarters()));
        if (t.parentHeadquarters().isPresent()) {
            text.append(", ultimate parent in ").append(name(t.parentHeadquarters().get()));
        }
        appendTier(text, d.tiers.get("headquarters"));
        return text.append(')');
    }

    private static void appendTier(StringBuilder text, String tier) {
        if (tier != null) {
            text.append(", ").append(tier);
        }
    }

    /** The explanation as a string; this thread's buffer is dropped if an unusual one grew it far. */
    private static String finish(StringBuilder text) {
        String done = text.toString();
        if (text.capacity() > KEPT_LENGTH) {
            BUFFER.remove();
        }
        return done;
    }

    /** {@code date} as {@link LocalDate#toString} writes it. */
    private String date(LocalDate date) {
        DateText last = lastDate;
        if (!last.date().equals(date)) {
            last = new DateText(date, date.toString());
            lastDate = last;
        }
        return last.text();
    }

    private String name(String code) {
        int slot = twoLetterSlot(code);
        if (slot >= 0) {
            String known = twoLetterNames[slot];
            if (known == null) {
                known = lookUpName(code);
                twoLetterNames[slot] = known;
            }
            return known;
        }
        return lookUpName(code);
    }

    /** The slot of a code of two capital letters A-Z, or -1. */
    private static int twoLetterSlot(String code) {
        if (code.length() != 2) {
            return -1;
        }
        int first = code.charAt(0) - 'A';
        int second = code.charAt(1) - 'A';
        return first >= 0 && first < 26 && second >= 0 && second < 26 ? first * 26 + second : -1;
    }

    private String lookUpName(String code) {
        String known = names.get(code);
        if (known != null) {
            return known;
        }
        String name = countries.find(code).map(c -> c.name() + " (" + code + ")").orElse(code);
        if (names.size() < NAME_LIMIT) {
            names.put(code, name);
        }
        return name;
    }

    private static StringBuilder firstReason(DecisionEngine.Decision d, StringBuilder text) {
        return d.trace.isEmpty() ? text : text.append(" (e.g. ").append(d.trace.get(0).rule()).append(": ")
                .append(d.trace.get(0).reason()).append(')');
    }

    private String verifyNote(List<String> verify, StringBuilder text) {
        if (!verify.isEmpty()) {
            text.append(verifyNotes.computeIfAbsent(verify, ids -> " Facts behind " + String.join(", ", ids)
                    + " are marked for verification against the eCFR or are assumptions of this regime."));
        }
        return finish(text);
    }

    private List<String> verify(DecisionEngine.Decision d) {
        boolean requirement = d.requirement != null && needsCheck(d.requirement.cited());
        boolean granted = d.granted != null && needsCheck(d.granted.cited());
        if (requirement && granted) {
            return List.of(d.requirement.id(), d.granted.id());
        }
        return requirement ? List.of(d.requirement.id()) : granted ? List.of(d.granted.id()) : List.of();
    }

    private static boolean needsCheck(Cited cited) {
        return cited.verify() || cited.assumption();
    }

    private Determination build(DecisionEngine.Decision d, Outcome outcome, Optional<String> exception,
                                Optional<dev.chipex.core.regime.ReviewPolicy> policy, Optional<String> rule,
                                String citation, List<String> duties, List<String> verify, String explanation) {
        return new Determination(d.transaction.id(), regime.id(), d.transaction.date(), outcome, exception, policy, rule,
                Optional.ofNullable(d.requirement).map(c -> c.id()), citation, d.item, d.tiers, d.parameters, d.debits,
                Optional.ofNullable(d.onApproval), Optional.ofNullable(d.shortfall), duties, d.trace, verify, explanation);
    }
}
