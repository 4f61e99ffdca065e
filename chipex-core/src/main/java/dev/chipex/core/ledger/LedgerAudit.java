package dev.chipex.core.ledger;

import java.util.List;
import java.util.Objects;

/** The result of re-deriving the ledger from its journal: entries checked, the head, and findings. */
public record LedgerAudit(long entriesChecked, ChainLink head, List<AuditFinding> findings) {
    public LedgerAudit {
        Objects.requireNonNull(head, "head");
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return findings.isEmpty();
    }
}
