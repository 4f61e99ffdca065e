package dev.chipex.bench.engine;

import dev.chipex.core.explanation.Explainer;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.RegimeCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One determination, timed over the six representative shipments (one per path through the
 * decision) so no single branch flatters either side. The DMN table is the baseline; before any
 * timing, {@link #setUp} checks that both give the same verdicts on these shipments. Sampled
 * rather than averaged: on a shared machine the median of the samples shrugs off the moments
 * another process held the core, which an average does not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EngineBenchmark {
    static final int SHIPMENTS = 6;

    @Param({"ai-diffusion-2025", "option-1-refined-tiers"})
    public String regime;

    private DecisionEngine engine;
    private Explainer explainer;
    private DmnTierDecision dmn;
    private Transaction[] transactions;
    private List<Map<String, Object>> dmnInputs;
    private final InMemoryQuotaBook book = new InMemoryQuotaBook();

    @Setup
    public void setUp() {
        List<Shipment> shipments = Shipments.representative();
        if (shipments.size() != SHIPMENTS) {
            throw new IllegalStateException("the benchmark counts " + SHIPMENTS + " shipments per invocation");
        }
        Equivalence.Report report = Equivalence.check(regime, shipments);
        if (!report.differences().isEmpty()) {
            throw new IllegalStateException("chipex and the DMN table disagree: " + report.differences());
        }
        engine = DecisionEngine.of(RegimeCatalog.builtIn().get(regime));
        explainer = Explainer.of(engine);
        dmn = DmnTierDecision.of(regime);
        transactions = shipments.stream().map(Shipment::toTransaction).toArray(Transaction[]::new);
        dmnInputs = shipments.stream().map(dmn::inputs).toList();
    }

    /** What every front door calls: the determination, with its trace, parameters and quota effects. */
    @Benchmark
    @OperationsPerInvocation(SHIPMENTS)
    public void chipexDecide(Blackhole sink) {
        for (Transaction t : transactions) {
            sink.consume(engine.decide(t, book));
        }
    }

    /** What a compliance system files: the determination and its paragraph in words (a figure, not a budget). */
    @Benchmark
    @OperationsPerInvocation(SHIPMENTS)
    public void chipexExplained(Blackhole sink) {
        for (Transaction t : transactions) {
            sink.consume(explainer.paragraph(engine.decide(t, book)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SHIPMENTS)
    public void dmnBaseline(Blackhole sink) {
        for (Map<String, Object> inputs : dmnInputs) {
            sink.consume(dmn.decide(inputs));
        }
    }
}
