package dev.chipex.core.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Re-derives the ledger from its journal alone and says what does not match: a missing sequence
 * number (a deleted row), an entry whose fields no longer give its hash (an edited row), a broken
 * link, balances an entry states wrongly, and stored state that differs from the derived one.
 */
public final class JournalAudit {
    private final List<AuditFinding> findings = new ArrayList<>();
    private final JournalReplay replay = new JournalReplay(findings);
    private ChainLink previous = ChainLink.GENESIS;
    private long checked;

    /** Feed entries in sequence order. */
    public void check(JournalEntry entry) {
        checked++;
        if (entry.sequence() != previous.sequence() + 1) {
            findings.add(new AuditFinding(previous.sequence() + 1, AuditFinding.Kind.ENTRY_DELETED,
                    "entries " + (previous.sequence() + 1) + (entry.sequence() - 1 > previous.sequence() + 1
                            ? " to " + (entry.sequence() - 1) : "") + " are missing (deleted)"));
        } else if (!entry.computedHash().equals(entry.hash())) {
            findings.add(new AuditFinding(entry.sequence(), AuditFinding.Kind.ENTRY_EDITED,
                    "the entry's fields do not give its hash: the row was edited"));
        } else if (!entry.previousHash().equals(previous.hash())) {
            findings.add(new AuditFinding(entry.sequence(), AuditFinding.Kind.CHAIN_BROKEN,
                    "the entry does not follow entry " + previous.sequence() + "'s hash"));
        }
        replay.apply(entry);
        previous = entry.link();
    }

    /** Ends the audit against the head and the state the store keeps. */
    public LedgerAudit finish(ChainLink storedHead, Projection stored) {
        if (storedHead.sequence() > previous.sequence()) {
            findings.add(new AuditFinding(previous.sequence() + 1, AuditFinding.Kind.ENTRY_DELETED,
                    "the journal ends at " + previous.sequence() + " but the chain head is at "
                            + storedHead.sequence() + ": the last entries were deleted"));
        } else if (!storedHead.equals(previous)) {
            findings.add(new AuditFinding(previous.sequence(), AuditFinding.Kind.CHAIN_BROKEN,
                    "the chain head " + storedHead + " does not match the last entry " + previous));
        }
        for (Map.Entry<String, String> difference : replay.projection().differencesFrom(stored).entrySet()) {
            findings.add(new AuditFinding(0, AuditFinding.Kind.STATE_MISMATCH, difference.getKey()
                    + ": journal gives " + difference.getValue().replace(" vs ", ", store has ")));
        }
        return new LedgerAudit(checked, storedHead, findings);
    }

    /** Audits a whole journal held in memory. */
    public static LedgerAudit of(Iterable<JournalEntry> journal, ChainLink storedHead, Projection stored) {
        JournalAudit audit = new JournalAudit();
        journal.forEach(audit::check);
        return audit.finish(storedHead, stored);
    }
}
