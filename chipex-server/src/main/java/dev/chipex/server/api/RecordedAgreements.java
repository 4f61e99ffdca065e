package dev.chipex.server.api;

import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.ledger.Agreement;
import dev.chipex.core.ledger.QuotaLedger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The engine a check uses: the regime's, plus the government-to-government agreements a
 * regulator recorded in the ledger (so a recorded agreement doubles an allocation as the regime
 * says, as {@code chipex check --ledger} does). Compiled once per regime and set of agreements.
 */
final class RecordedAgreements {
    private final QuotaLedger ledger;
    private final Map<String, DecisionEngine> compiled = new ConcurrentHashMap<>();

    RecordedAgreements(QuotaLedger ledger) {
        this.ledger = ledger;
    }

    DecisionEngine engine(DecisionEngine regimeEngine) {
        List<Agreement> recorded = ledger.agreements().stream()
                .filter(a -> a.kind() == Agreement.Kind.GOVERNMENT_TO_GOVERNMENT).collect(Collectors.toList());
        if (recorded.isEmpty()) {
            return regimeEngine;
        }
        String key = regimeEngine.regime().id() + "|" + recorded.stream().map(Agreement::describe)
                .collect(Collectors.joining("|"));
        return compiled.computeIfAbsent(key, k -> DecisionEngine.of(regimeEngine.regime().withAgreements(recorded.stream()
                .map(Agreement::asRegimeAgreement).flatMap(Optional::stream).collect(Collectors.toList()))));
    }
}
