package dev.chipex.bench.engine;

import dev.chipex.core.decision.Items;
import dev.chipex.core.item.Classifier;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The baseline a team would pick instead of chipex: the same tier-and-LPP decision as a DMN
 * decision table ({@code <regime>.dmn} beside this class), evaluated by the Apache KIE DMN engine.
 */
public final class DmnTierDecision {
    private final DMNRuntime runtime;
    private final DMNModel model;
    private final Classifier classifier = Classifier.bundled();

    private DmnTierDecision(DMNRuntime runtime) {
        this.runtime = runtime;
        this.model = runtime.getModels().get(0);
    }

    /** Compiles the decision table for one regime: {@code ai-diffusion-2025} or {@code option-1-refined-tiers}. */
    public static DmnTierDecision of(String regimeId) {
        String path = "dev/chipex/bench/engine/" + regimeId + ".dmn";
        DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration()
                .fromResources(List.of(ResourceFactory.newClassPathResource(path, DmnTierDecision.class)))
                .getOrElseThrow(e -> new IllegalStateException("cannot compile " + path, e));
        return new DmnTierDecision(runtime);
    }

    /** The inputs as the DMN model takes them, prepared once so a benchmark times only the evaluation. */
    public Map<String, Object> inputs(Shipment s) {
        double tpp = classifier.classify(Items.fromCatalog("item", s.chip()).spec(), 1).tpp();
        return Map.of("destination", s.destination(), "headquarters", s.headquarters(), "shipment date", s.date(),
                "tppPerUnit", BigDecimal.valueOf(tpp), "quantity", BigDecimal.valueOf(s.quantity()));
    }

    public Verdict decide(Map<String, Object> inputs) {
        DMNContext context = runtime.newContext();
        inputs.forEach(context::set);
        DMNResult result = runtime.evaluateByName(model, context, "determination");
        if (result.hasErrors()) {
            throw new IllegalStateException("DMN evaluation failed: " + result.getMessages());
        }
        return Verdict.of((Map<?, ?>) result.getDecisionResultByName("determination").getResult());
    }
}
