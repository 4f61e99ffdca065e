package dev.chipex.core.regime;

import dev.chipex.core.country.Confidence;
import dev.chipex.core.country.CountryCatalog;

import java.time.LocalDate;
import java.util.Optional;

/** Reads the small values every part of a regime file uses: countries, policies, dates, citations. */
final class ValueParser {
    private final CountryCatalog countries;
    /** The file's {@code effective} date: where its own rules start when they give no {@code from}. */
    private final Optional<LocalDate> effective;

    ValueParser(CountryCatalog countries, Optional<LocalDate> effective) {
        this.countries = countries;
        this.effective = effective;
    }

    boolean isKnownCountry(String code) {
        return countries.isKnownCode(code);
    }

    String country(YamlNode node) {
        String code = node.requiredText();
        if (!code.isEmpty() && !countries.isKnownCode(code)) {
            node.problem("unknown country code '" + code + "'; use ISO 3166-1 alpha-2 codes such as DE, IN, AE");
        }
        return code;
    }

    ReviewPolicy policy(YamlNode node) {
        String code = node.requiredText();
        return ReviewPolicy.fromCode(code).orElseGet(() -> {
            if (!code.isEmpty()) {
                node.problem("unknown review policy '" + code
                        + "'; use presumption-of-approval, case-by-case or presumption-of-denial");
            }
            return ReviewPolicy.CASE_BY_CASE;
        });
    }

    /** A rule's validity: without its own {@code from}, it starts at the file's effective date. */
    Validity ruleValidity(YamlNode node) {
        return validity(node).startingAtLeast(effective);
    }

    Validity validity(YamlNode node) {
        Validity v = new Validity(node.get("from").date(), node.get("until").date());
        if (v.isEmptyRange()) {
            node.get("until").problem("date range ends (" + v.until().get() + ") before it starts (" + v.from().get()
                    + "); 'until' is exclusive and must come after 'from'");
        }
        return v;
    }

    Cited cited(YamlNode node) {
        return cited(node, false);
    }

    Cited cited(YamlNode node, boolean required) {
        Confidence confidence = confidence(node.get("confidence"), Confidence.C);
        boolean assumption = node.get("assumption").flag(false);
        boolean verify = node.get("verify").flag(confidence.needsVerification() || assumption);
        String citation = required ? node.get("citation").requiredText() : node.get("citation").text("");
        return new Cited(citation, confidence, verify, assumption);
    }

    Confidence confidence(YamlNode node, Confidence fallback) {
        Optional<String> text = node.text();
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Confidence.valueOf(text.get());
        } catch (IllegalArgumentException e) {
            node.problem("unknown confidence '" + text.get() + "'; use C, S, D or U (see REGULATION.md)");
            return fallback;
        }
    }
}
