package dev.chipex.cli;

import dev.chipex.cli.output.Csv;
import dev.chipex.cli.output.Json;
import dev.chipex.cli.output.OutputFormat;
import dev.chipex.core.decision.Alternative;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.DeterminationFields;
import dev.chipex.core.decision.Outcome;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.decision.WhatWouldChange;
import dev.chipex.core.item.Classifier;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.RegimeCatalog;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One shipment from flags: checked, decided against empty quotas, printed with its alternatives when asked. */
final class SingleCheck {
    private final RegimeCatalog catalog;
    private final DecisionEngine engine;
    private final OutputFormat format;
    private final Boolean whatIf;
    private final int width;

    SingleCheck(RegimeCatalog catalog, DecisionEngine engine, OutputFormat format, Boolean whatIf, int width) {
        this.catalog = catalog;
        this.engine = engine;
        this.format = format;
        this.whatIf = whatIf;
        this.width = width;
    }

    void run(ShipmentFlags flags, PrintWriter out) {
        if (!flags.modelWeights && (flags.trainingOps != null || flags.openWeights)) {
            throw InvalidInputException.of("--model-weights", "--training-ops and --open-weights describe model weights; "
                    + "add --model-weights, or leave them out to ship chips");
        }
        Transaction t = new TransactionRows((row, column, message) -> ShipmentFlags.at(column, message),
                EndUses.known(catalog), java.util.Set.of()).parse(List.of(flags.row()), List.of()).get(0);
        InMemoryQuotaBook book = new InMemoryQuotaBook();
        Determination d = engine.decide(t, book);
        boolean alternativesWanted = whatIf == null
                ? format == OutputFormat.TABLE && d.outcome() == Outcome.LICENSE_REQUIRED : whatIf;
        List<Alternative> alternatives = alternativesWanted ? whatWouldChange().alternatives(engine, t, d, book) : List.of();
        double h100eTpp = Classifier.bundled().h100eTpp();
        switch (format) {
            case JSON:
                Json.write(out, fields(d, alternatives, alternativesWanted, h100eTpp));
                break;
            case JSONL:
                Json.line(out, fields(d, alternatives, alternativesWanted, h100eTpp));
                break;
            case CSV:
                Csv.write(out, DeterminationCsv.HEADER, List.of(DeterminationCsv.row(d, h100eTpp)));
                break;
            default:
                new DeterminationTable(width, h100eTpp).print(out, t, d, alternatives, alternativesWanted);
        }
    }

    private WhatWouldChange whatWouldChange() {
        Map<String, DecisionEngine> engines = new LinkedHashMap<>();
        catalog.ids().forEach(id -> engines.put(id, id.equals(engine.regime().id()) ? engine
                : DecisionEngine.of(catalog.get(id))));
        return new WhatWouldChange(engines);
    }

    private static Map<String, Object> fields(Determination d, List<Alternative> alternatives, boolean wanted,
                                              double h100eTpp) {
        Map<String, Object> fields = DeterminationFields.of(d, h100eTpp);
        if (wanted) {
            fields.put("alternatives", alternatives.stream().map(DeterminationFields::of).toList());
        }
        return fields;
    }
}
