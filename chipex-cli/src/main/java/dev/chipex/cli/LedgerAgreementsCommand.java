package dev.chipex.cli;

import dev.chipex.core.ledger.Actor;
import dev.chipex.core.ledger.Agreement;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.problem.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.time.LocalDate;
import java.util.stream.Collectors;

/** {@code chipex ledger agreements}: lists government-to-government agreements and deals; {@code add} records one. */
@Command(name = "agreements", mixinStandardHelpOptions = true,
        description = {"Government-to-government agreements (they double a Tier 2 country's allocation under",
                "the Diffusion rule) and bilateral deals (a country's quota with terms). Lists them; 'add'",
                "records one. A deal with --quota opens its account DEAL/<id>/<period>."})
final class LedgerAgreementsCommand implements java.util.concurrent.Callable<Integer> {
    @ParentCommand
    LedgerCommand parent;

    @Override
    public Integer call() {
        try (QuotaLedger ledger = parent.options.open()) {
            parent.options.print(ledger.agreements().stream().map(a -> LedgerOutput.row("id", a.id(),
                    "kind", a.kind().name(), "country", a.country(), "effectiveFrom", a.effectiveFrom().toString(),
                    "quotaTpp", a.quotaTpp(), "quotaH100e", LedgerOptions.h100e(a.quotaTpp()), "period", a.period(),
                    "terms", a.terms())).collect(Collectors.toList()), false);
        }
        return ExitCodes.OK;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Record an agreement or a deal (a regulator's act).")
    int add(@Parameters(paramLabel = "ID", description = "A stable id, e.g. AE-2025.") String id,
            @Option(names = "--kind", required = true, paramLabel = "KIND",
                    description = "${COMPLETION-CANDIDATES}") Agreement.Kind kind,
            @Option(names = "--country", required = true, paramLabel = "CC", description = "ISO code, e.g. AE.")
            String country,
            @Option(names = "--from", required = true, paramLabel = "DATE", description = "Effective from (YYYY-MM-DD).")
            String from,
            @Option(names = "--terms", defaultValue = "", description = "The terms and concessions, in words.") String terms,
            @Option(names = "--quota-tpp", defaultValue = "0", paramLabel = "TPP", description = "A deal's quota.")
            long quota,
            @Option(names = "--period", paramLabel = "PERIOD", description = "The period the quota covers, e.g. 2025.")
            String period,
            @Mixin LedgerCommand.RequestOptions request) {
        LocalDate effective = Dates.parse("--from", from);
        Agreement agreement;
        try {
            agreement = new Agreement(id, kind, country.toUpperCase(java.util.Locale.ROOT), effective, terms, quota, period);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("agreement", e.getMessage());
        }
        try (QuotaLedger ledger = parent.options.open()) {
            return parent.options.report(ledger.recordAgreement(request.as(Actor.Role.REGULATOR), agreement));
        }
    }
}
