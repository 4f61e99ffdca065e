package dev.chipex.bench.engine;

import dev.chipex.bench.report.BenchReport;
import dev.chipex.bench.report.Budget;
import dev.chipex.bench.report.Figure;
import dev.chipex.bench.report.Machine;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs {@link EngineBenchmark} through JMH: one fork per method and regime, 5 x 2 s warm-up and
 * 5 x 2 s measurement (about 2.5 minutes in all), comparing medians; quick is one 100 ms
 * iteration in this JVM. The budget: a determination at least 100x faster than the DMN table.
 */
public final class EngineRun {
    private EngineRun() {
    }

    /** JMH's own log (every iteration) goes to {@code log}, not among the budgets' figures. */
    public static BenchReport run(boolean quick, Path log, PrintStream progress) {
        Machine before = Machine.now();
        ChainedOptionsBuilder options = new OptionsBuilder().include(EngineBenchmark.class.getName() + "\\.");
        if (quick) {
            options.forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(100))
                    .verbosity(VerboseMode.SILENT);
        } else {
            options.forks(1).jvmArgs("-Xmx1g").warmupIterations(5).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(2)).output(log.toString());
            progress.println("engine: JMH, 6 forks of 20 s; its log in " + log);
        }
        Collection<RunResult> results;
        try {
            results = new Runner(options.build()).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
        }
        Map<String, Figure> medians = new HashMap<>();
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
            String key = r.getParams().getParam("regime") + " " + method;
            var samples = r.getPrimaryResult().getStatistics();
            double ns = samples.getPercentile(50);
            medians.put(key, new Figure(key, ns, "ns", String.format(Locale.ROOT,
                    "median; %,.0f a second; mean %,.0f, p90 %,.0f ns; %,d samples", 1e9 / ns, samples.getMean(),
                    samples.getPercentile(90), samples.getN())));
        }
        List<Budget> budgets = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (String regime : List.of("ai-diffusion-2025", "option-1-refined-tiers")) {
            Figure dmn = medians.get(regime + " dmnBaseline");
            Figure decide = medians.get(regime + " chipexDecide");
            Figure explained = medians.get(regime + " chipexExplained");
            budgets.add(Budget.atLeast("determination vs DMN, " + regime, "at least 100x faster than the DMN baseline",
                    new Figure("DMN time over chipex's", dmn.value() / decide.value(), "x", "chipex "
                            + String.format(Locale.ROOT, "%,.0f", decide.value()) + " ns; " + decide.note()), dmn, 100));
            figures.add(new Figure(regime + " determination and its paragraph (not a budget), DMN time over it",
                    dmn.value() / explained.value(), "x", String.format(Locale.ROOT, "%,.0f", explained.value())
                    + " ns; " + explained.note()));
        }
        return BenchReport.of("engine", quick, before, budgets, figures,
                List.of("per determination, over six representative shipments (AIA, LPP, Tier 2 license, Tier 3, Tier 3 headquarters, US); "
                        + "both deciders checked to agree on them before timing",
                        "chipex: DecisionEngine.decide(transaction, book); DMN: Apache KIE 10.1.0 DMN engine, decision "
                                + "tables in chipex-bench/src/main/resources/dev/chipex/bench/engine"));
    }
}
