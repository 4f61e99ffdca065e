package dev.chipex.cli;

import dev.chipex.cli.output.Csv;
import dev.chipex.cli.output.Json;
import dev.chipex.cli.output.OutputFormat;
import dev.chipex.cli.output.Text;
import dev.chipex.core.decision.Alternative;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.explanation.DeterminationFields;
import dev.chipex.core.explanation.Explainer;
import dev.chipex.core.decision.Outcome;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.decision.WhatWouldChange;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.ledger.Decided;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.quota.QuotaBook;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.core.shipment.ShipmentReader;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One shipment from flags: checked, decided against empty quotas or the ledger's live balances
 * (recording its debits with --commit), printed with its alternatives when asked.
 */
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

    /** Decides and prints; returns the exit code (4 when --commit was refused by the ledger). */
    int run(ShipmentFlags flags, LedgerLink link, PrintWriter out) {
        if (!flags.modelWeights && (flags.trainingOps != null || flags.openWeights)) {
            throw InvalidInputException.of("--model-weights", "--training-ops and --open-weights describe model weights; "
                    + "add --model-weights, or leave them out to ship chips");
        }
        Transaction t = ShipmentReader.of(catalog).read(flags.fields(), ShipmentFlags::at).orThrow();
        if (!link.given()) {
            return print(engine, t, engine.decide(t, new InMemoryQuotaBook()), new InMemoryQuotaBook(), Optional.empty(),
                    "A single check counts no earlier shipments against quotas; decide several together with --input "
                            + "FILE, or against recorded use with --ledger.", out);
        }
        try (QuotaLedger ledger = link.open()) {
            DecisionEngine withAgreements = LedgerLink.withRecordedAgreements(engine, ledger);
            if (!link.commit) {
                return print(withAgreements, t, withAgreements.decide(t, ledger), ledger, Optional.empty(),
                        "Decided against the ledger's recorded use; nothing was recorded (add --commit to record).", out);
            }
            Decided<Determination> decided = link.decideAndCommit(ledger, withAgreements, t, "");
            print(withAgreements, t, decided.decision(), ledger, Optional.of(LedgerLink.recording(decided.recording())),
                    "Decided against the ledger's recorded use; its debits were recorded in the same transaction.", out);
            return LedgerLink.refused(decided.recording()) ? ExitCodes.CONFLICT : ExitCodes.OK;
        }
    }

    private int print(DecisionEngine decider, Transaction t, Determination d, QuotaBook book, Optional<Map<String, Object>> recording,
                      String basis, PrintWriter out) {
        boolean alternativesWanted = whatIf == null
                ? format == OutputFormat.TABLE && d.outcome() == Outcome.LICENSE_REQUIRED : whatIf;
        List<Alternative> alternatives = alternativesWanted ? whatWouldChange().alternatives(decider, t, d, book) : List.of();
        Explainer explainer = Explainer.of(decider);
        switch (format) {
            case JSON:
                Json.write(out, fields(d, alternatives, alternativesWanted, explainer, recording));
                break;
            case JSONL:
                Json.line(out, fields(d, alternatives, alternativesWanted, explainer, recording));
                break;
            case CSV:
                Csv.write(out, DeterminationCsv.HEADER, List.of(DeterminationCsv.row(d, explainer)));
                break;
            default:
                new DeterminationTable(width, explainer).print(out, t, d, alternatives, alternativesWanted);
                recording.ifPresent(r -> out.println("ledger:       " + r));
                out.println();
                Text.wrap(basis, width, "", "").forEach(out::println);
        }
        return ExitCodes.OK;
    }

    private WhatWouldChange whatWouldChange() {
        Map<String, DecisionEngine> engines = new LinkedHashMap<>();
        catalog.ids().forEach(id -> engines.put(id, id.equals(engine.regime().id()) ? engine
                : DecisionEngine.of(catalog.get(id))));
        return new WhatWouldChange(engines);
    }

    private static Map<String, Object> fields(Determination d, List<Alternative> alternatives, boolean wanted,
                                              Explainer explainer, Optional<Map<String, Object>> recording) {
        Map<String, Object> fields = DeterminationFields.of(d, explainer);
        recording.ifPresent(r -> fields.put("ledger", r));
        if (wanted) {
            fields.put("alternatives", alternatives.stream().map(a -> DeterminationFields.of(d, a, explainer)).toList());
        }
        return fields;
    }
}
