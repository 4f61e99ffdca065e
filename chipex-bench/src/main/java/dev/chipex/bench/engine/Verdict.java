package dev.chipex.bench.engine;

import dev.chipex.core.decision.Determination;

import java.util.Map;

/** The part of a decision both deciders produce: outcome, exception code and review policy. */
public record Verdict(String outcome, String code, String policy) {
    static Verdict of(Determination d) {
        return new Verdict(d.outcome().name(), d.exception().orElse(""), d.policy().map(Enum::name).orElse(""));
    }

    static Verdict of(Map<?, ?> dmnResult) {
        return new Verdict(text(dmnResult.get("outcome")), text(dmnResult.get("code")), text(dmnResult.get("policy")));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
