package dev.chipex.bench.engine;

import dev.chipex.bench.report.BenchReport;
import dev.chipex.bench.report.Figure;
import dev.chipex.bench.report.Machine;
import dev.chipex.bench.report.Ratio;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link EngineBenchmark} through JMH: one fork per method and regime, 5 x 2 s warm-up and
 * 5 x 2 s measurement (about 2.5 minutes in all), comparing medians; quick is one 100 ms
 * iteration in this JVM.
 */
public final class EngineRun {
    private EngineRun() {
    }

    public static BenchReport run(boolean quick) {
        Machine before = Machine.now();
        ChainedOptionsBuilder options = new OptionsBuilder().include(EngineBenchmark.class.getName() + "\\.");
        if (quick) {
            options.forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(100))
                    .verbosity(VerboseMode.SILENT);
        } else {
            options.forks(1).jvmArgs("-Xmx1g").warmupIterations(5).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(2));
        }
        Collection<RunResult> results;
        try {
            results = new Runner(options.build()).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
        }
        Map<String, Double> nanos = new HashMap<>();
        List<Figure> figures = new ArrayList<>();
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
            String key = r.getParams().getParam("regime") + " " + method;
            var samples = r.getPrimaryResult().getStatistics();
            double ns = samples.getPercentile(50);
            nanos.put(key, ns);
            figures.add(new Figure(key, ns, "ns/op", String.format(java.util.Locale.ROOT,
                    "median; %,.0f ops/s; mean %,.0f, p90 %,.0f ns; %,d samples", 1e9 / ns, samples.getMean(),
                    samples.getPercentile(90), samples.getN())));
        }
        List<Ratio> ratios = new ArrayList<>();
        for (String regime : List.of("ai-diffusion-2025", "option-1-refined-tiers")) {
            Double dmn = nanos.get(regime + " dmnBaseline");
            Double outcome = nanos.get(regime + " chipexOutcome");
            Double full = nanos.get(regime + " chipexFull");
            if (dmn != null && outcome != null) {
                ratios.add(new Ratio(regime + " outcome vs DMN", dmn / outcome, "DMN ns/op over chipex ns/op", 10, false));
            }
            if (dmn != null && full != null) {
                ratios.add(new Ratio(regime + " full explanation vs DMN", dmn / full, "DMN ns/op over chipex ns/op", 10, false));
            }
        }
        return new BenchReport("engine", Instant.now().toString(), quick, before,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), figures, ratios,
                List.of("per determination, over six representative shipments (AIA, LPP, Tier 2 license, Tier 3, Tier 3 headquarters, US); "
                        + "both deciders checked to agree on them before timing",
                        "DMN: Apache KIE 10.1.0 DMN engine, decision tables in chipex-bench/src/main/resources/dev/chipex/bench/engine"));
    }
}
