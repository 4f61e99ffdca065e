package dev.chipex.cli;

import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.ledger.Actor;
import dev.chipex.core.ledger.FleetRuleCheck;
import dev.chipex.core.ledger.FleetShareCheck;
import dev.chipex.core.ledger.FleetShareRules;
import dev.chipex.core.ledger.Installation;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.regime.RegimeCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code chipex ledger veu}: a validated end user's installed compute by country, and the
 * fleet-share rules a regime sets (UVEU: at least 75% in Tier 1, at most 7% in one Tier 2
 * country, at least 50% at home for a US-headquartered company; 15 CFR 748.15).
 */
@Command(name = "veu", mixinStandardHelpOptions = true,
        description = {"A validated end user's installed compute per country, checked against the fleet-share",
                "rules of a regime (its tier1/tier2 groups and uveu-* parameters) before a deployment."})
final class LedgerVeuCommand {
    @ParentCommand
    LedgerCommand parent;

    /** What both subcommands need: the deployment and the rules it is held to. */
    static final class Deployment {
        @Parameters(index = "0", paramLabel = "VEU", description = "The validated end user's name.")
        String veu;

        @Parameters(index = "1", paramLabel = "COUNTRY", description = "Where the compute goes (code or name).")
        String country;

        @Mixin
        AmountOptions amount;

        @Option(names = "--regime", defaultValue = "ai-diffusion-2025", paramLabel = "ID",
                description = "The regime whose rules apply (default: ${DEFAULT-VALUE}).")
        String regime;

        @Option(names = "--home", paramLabel = "COUNTRY", required = true,
                description = "The VEU's headquarters country (the home-share rule binds US companies).")
        String home;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date the rules are read on (default: today).")
        String date;

        Installation installation() {
            String code = CountryCatalog.bundled().resolve("COUNTRY", country).code();
            return new Installation(veu, code, amount.tpp("installed compute"));
        }

        FleetShareRules rules() {
            LocalDate on = Dates.parseOrToday("--date", date);
            String homeCode = CountryCatalog.bundled().resolve("--home", home).code();
            return FleetShareRules.fromRegime(RegimeCatalog.builtIn().get(regime), on, Optional.of(homeCode));
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Would this deployment keep the fleet within the rules? Exit 4 if not.")
    int check(@Mixin Deployment deployment) {
        try (QuotaLedger ledger = parent.options.open()) {
            FleetShareCheck check = ledger.checkDeployment(deployment.installation(), deployment.rules());
            parent.options.print(rows(check), false);
            return check.allowed() ? ExitCodes.OK : ExitCodes.CONFLICT;
        }
    }

    @Command(name = "install", mixinStandardHelpOptions = true, description = "Record installed compute, refused (exit 4) if a rule would break.")
    int install(@Mixin Deployment deployment, @Mixin LedgerCommand.RequestOptions request) {
        try (QuotaLedger ledger = parent.options.open()) {
            return parent.options.report(ledger.recordInstallation(request.as(Actor.Role.EXPORTER),
                    deployment.installation(), deployment.rules()));
        }
    }

    private static List<Map<String, Object>> rows(FleetShareCheck check) {
        return check.checks().stream().map(LedgerVeuCommand::row).collect(Collectors.toList());
    }

    private static Map<String, Object> row(FleetRuleCheck c) {
        return LedgerOutput.row("rule", c.rule(), "description", c.description(), "limit", c.limit(),
                "shareAfter", Math.round(c.shareAfter() * 10_000) / 10_000.0, "holds", c.holds());
    }
}
