package dev.chipex.core.regime;

import dev.chipex.core.country.Confidence;

import java.util.Objects;

/**
 * Where a rule comes from and how sure we are of it. {@code verify} marks facts that
 * REGULATION.md tags [S] or [U], or that are our own assumptions for a hypothetical regime.
 */
public record Cited(String citation, Confidence confidence, boolean verify, boolean assumption) {
    public Cited {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(confidence, "confidence");
    }
}
