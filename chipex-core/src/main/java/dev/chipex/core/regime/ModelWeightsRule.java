package dev.chipex.core.regime;

import java.util.Objects;

/**
 * When model weights are classified 4E091: closed weights of a model trained with at least the
 * threshold parameter's operations; published (open) weights are excluded.
 */
public record ModelWeightsRule(String thresholdParameter, Cited cited, Validity validity) {
    public ModelWeightsRule {
        Objects.requireNonNull(thresholdParameter, "thresholdParameter");
        Objects.requireNonNull(cited, "cited");
        Objects.requireNonNull(validity, "validity");
    }
}
