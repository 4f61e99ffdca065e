package dev.chipex.core.golden;

import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.RegimeCatalog;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every golden case of every built-in regime: the regulation's answers, asserted by codes. */
class GoldenCasesTest {
    static final int MINIMUM_CASES_PER_REGIME = 15;

    @TestFactory
    Stream<DynamicContainer> goldenCases_everyBuiltInRegime_matchTheRegulation() {
        return RegimeCatalog.builtIn().builtInIds().stream().map(id -> {
            GoldenFile file = GoldenFile.read("/golden/" + id + ".yaml");
            return DynamicContainer.dynamicContainer(id, file.cases().stream()
                    .map(c -> DynamicTest.dynamicTest(c.name(), () -> run(RegimeCatalog.builtIn().get(file.regime()), c))));
        });
    }

    @Test
    void goldenFiles_eachBuiltInRegime_haveEnoughCitedCasesWithUniqueNames() {
        for (String id : RegimeCatalog.builtIn().builtInIds()) {
            GoldenFile file = GoldenFile.read("/golden/" + id + ".yaml");
            assertThat(file.regime()).as(file.source()).isEqualTo(id);
            assertThat(file.cases()).as(file.source()).hasSizeGreaterThanOrEqualTo(MINIMUM_CASES_PER_REGIME);
            assertThat(file.cases().stream().map(GoldenCase::name)).as(file.source()).doesNotHaveDuplicates();
        }
    }

    /** Runs one case against a fresh book: priors first, each approved license drawing on its allocation. */
    static Determination run(Regime regime, GoldenCase c) {
        Regime withAgreements = c.agreements().isEmpty() ? regime : regime.withAgreements(c.agreements());
        DecisionEngine engine = DecisionEngine.of(withAgreements);
        InMemoryQuotaBook book = new InMemoryQuotaBook();
        for (Transaction prior : c.prior()) {
            Determination d = engine.decide(prior, book);
            List<dev.chipex.core.quota.QuotaDebit> debits = new ArrayList<>(d.debits());
            d.onApproval().ifPresent(debits::add);
            book.apply(debits);
        }
        Determination d = engine.decide(c.transaction(), book);
        c.expect().check(d);
        return d;
    }
}
