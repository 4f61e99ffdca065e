package dev.chipex.cli;

import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.ledger.Actor;
import dev.chipex.core.ledger.Decided;
import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.LedgerResult;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.regime.Agreement;
import dev.chipex.ledger.Ledgers;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code check --ledger/--commit}: decide against the durable ledger's live balances and, with
 * --commit, record the debits in the same transaction as the decision, idempotently.
 */
final class LedgerLink {
    @Option(names = "--ledger", paramLabel = "PATH|URL", order = 40,
            description = "Decide against this durable ledger's live balances (a SQLite file, jdbc:sqlite:..., "
                    + "jdbc:postgresql://...). Without it a check starts from empty quotas.")
    String ledger;

    @Option(names = "--commit", order = 41,
            description = "Record the quota the decision takes (LPP, VEU, deal debits) in the ledger, in the same "
                    + "transaction as the decision. A license requirement records nothing: the license is not granted yet.")
    boolean commit;

    @Option(names = "--idempotency-key", paramLabel = "KEY", order = 42,
            description = "With --commit: a retry with the same key records nothing twice (batch rows use KEY/ROW-ID). "
                    + "Default: a new random key, printed.")
    String key;

    @Option(names = "--actor", paramLabel = "NAME", order = 43,
            description = "With --commit: who ships; recorded in the journal. Default: your login.")
    String actor;

    boolean given() {
        return ledger != null || commit;
    }

    QuotaLedger open() {
        if (commit && ledger == null) {
            throw InvalidInputException.of("--commit", "name the ledger to record in with --ledger PATH|URL");
        }
        return Ledgers.open(ledger);
    }

    /**
     * The engine with the government-to-government agreements recorded in the ledger added to the
     * regime's own, so that a recorded agreement doubles an allocation as the regime says.
     */
    static DecisionEngine withRecordedAgreements(DecisionEngine engine, QuotaLedger ledger) {
        List<Agreement> recorded = ledger.agreements().stream()
                .map(dev.chipex.core.ledger.Agreement::asRegimeAgreement).flatMap(Optional::stream)
                .collect(Collectors.toList());
        return recorded.isEmpty() ? engine : DecisionEngine.of(engine.regime().withAgreements(recorded));
    }


    /** Decides against the live balances and records the debits, all in one ledger transaction. */
    Decided<Determination> decideAndCommit(QuotaLedger open, DecisionEngine engine, Transaction t, String suffix) {
        String base = key != null ? key : UUID.randomUUID().toString();
        LedgerRequest request;
        try {
            request = LedgerRequest.of(suffix.isEmpty() ? base : base + "/" + suffix,
                    new Actor(actor != null ? actor : System.getProperty("user.name", "unknown"), Actor.Role.EXPORTER));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("--idempotency-key", e.getMessage());
        }
        return open.decideAndRecord(request, book -> engine.decide(t, book), Determination::debits);
    }

    /** What the ledger did with a decision, for the JSON and table outputs. */
    static Map<String, Object> recording(Optional<LedgerResult> result) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (result.isEmpty()) {
            m.put("recorded", false);
            m.put("reason", "no quota taken: nothing to record");
            return m;
        }
        if (result.get() instanceof LedgerResult.Refused refused) {
            m.put("recorded", false);
            m.put("refusal", refused.refusal().name());
            m.put("message", refused.message());
            m.put("idempotencyKey", refused.idempotencyKey());
            return m;
        }
        LedgerResult.Recorded recorded = (LedgerResult.Recorded) result.get();
        m.put("recorded", true);
        m.put("replayed", recorded.replayed());
        m.put("entries", recorded.entries().stream().map(e -> e.sequence() + " " + e.type() + " " + e.accountId()
                + " " + e.amountTpp() + " TPP").collect(Collectors.toList()));
        m.put("idempotencyKey", recorded.entries().isEmpty() ? "" : recorded.entries().get(0).idempotencyKey());
        return m;
    }

    static boolean refused(Optional<LedgerResult> result) {
        return result.filter(r -> r instanceof LedgerResult.Refused).isPresent();
    }
}
