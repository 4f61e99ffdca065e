package dev.chipex.core.regime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A license exception or authorization: when its conditions hold and its quota (if any) has
 * room, it overcomes the listed controls (every control when {@code overcomes} is empty).
 * Rules are tried in ascending {@code priority}.
 *
 * @param code   the short code a compliance officer writes (AIA, LPP, ACA, NAC, UVEU, DEAL …)
 * @param duties what the exporter must still do (certify, notify BIS …)
 */
public record LicenseExceptionRule(String id, String code, OutcomeKind kind, int priority, String purpose,
                                   Cited cited, Validity validity, List<Condition> conditions,
                                   List<String> overcomes, Optional<QuotaRule> quota, List<String> duties) {
    public LicenseExceptionRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(cited, "cited");
        Objects.requireNonNull(validity, "validity");
        conditions = List.copyOf(conditions);
        overcomes = List.copyOf(overcomes);
        Objects.requireNonNull(quota, "quota");
        duties = List.copyOf(duties);
    }

    public boolean overcomes(String controlId) {
        return overcomes.isEmpty() || overcomes.contains(controlId);
    }
}
