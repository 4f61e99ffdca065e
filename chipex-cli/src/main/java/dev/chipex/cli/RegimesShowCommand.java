package dev.chipex.cli;

import dev.chipex.cli.output.Json;
import dev.chipex.cli.output.OutputFormat;
import dev.chipex.cli.output.Table;
import dev.chipex.cli.output.Text;
import dev.chipex.core.regime.RegimeCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/** {@code chipex regimes show}: one regime in full, read on a date. */
@Command(name = "show", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Shows one regime as loaded (with what it extends merged in): status, assumptions, tiers and "
                + "groups with their member counts on a date, dated parameters, controls in the order they are "
                + "consulted, license exceptions by priority, allocations, agreements and deals. Every rule has its "
                + "citation and confidence tag (C confirmed, S one secondary source, D derived, U unconfirmed); "
                + "'verify' marks facts to check against the eCFR, 'assumption' chipex's reading of a proposal.",
        footerHeading = "%nExamples:%n",
        footer = {"  chipex regimes show ai-diffusion-2025", "  chipex regimes show option-1-refined-tiers --date 2027-06-01",
                "  chipex regimes show us-enforced --format json"})
final class RegimesShowCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "A regime id ('chipex regimes list').")
    String id;

    @Mixin
    RegimeFiles regimeFiles;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date groups and parameters are read on. Default: today.")
    String date;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Override
    public void run() {
        format.requireOneOf("regimes show", OutputFormat.TABLE, OutputFormat.JSON);
        LocalDate on = Dates.parseOrToday("--date", date);
        RegimeCatalog catalog = regimeFiles.catalog();
        RegimeView view = RegimeView.of(catalog, catalog.get(id), on);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Json.write(out, view);
        } else {
            new Printer(out, Text.terminalWidth(System.getenv("COLUMNS"))).print(view);
        }
        out.flush();
    }

    private static final class Printer {
        private final PrintWriter out;
        private final int width;

        Printer(PrintWriter out, int width) {
            this.out = out;
            this.width = width;
        }

        void print(RegimeView v) {
            out.println(v.id() + ": " + v.title());
            Table head = Table.keyValue().row("citation", v.citation()).row("version", v.version())
                    .row("extends", v.extendsId() == null ? "-" : v.extendsId()).row("source", v.source())
                    .row("status", v.status() + " on " + v.date())
                    .row("effective", (v.effective() == null ? "-" : v.effective())
                            + (v.compliance() == null ? "" : "; compliance date " + v.compliance()));
            head.print(out);
            section("Assumptions", v.assumptions().isEmpty() ? List.of("none") : v.assumptions());
            if (!v.tiers().isEmpty()) {
                heading("Tiers on " + v.date() + " (most favoured first)");
                Table tiers = Table.withColumns("TIER", "MEMBERS", "TITLE").alignRight(1);
                v.tiers().forEach(t -> tiers.row(t.id(), t.members(), t.title()));
                tiers.print(out);
            }
            heading("Groups on " + v.date());
            v.groups().forEach(g -> block(g.id() + " (" + g.members() + (g.members() == 1 ? " member): " : " members): ") + g.title(),
                    List.of(g.definition()), g.citation(), g.confidence(), g.marks()));
            heading("Parameters on " + v.date());
            Table parameters = Table.withColumns("NAME", "VALUE", "CONF", "MARKS", "DATED VALUES");
            v.parameters().forEach(p -> parameters.row(p.name(), p.value(), p.confidence(), p.marks(), p.values()));
            parameters.print(out);
            v.parameters().forEach(p -> wrap("  " + p.name() + ": ", p.description() + " [" + p.citation() + "]"));
            rules("Controls (consulted in this order; the first that applies requires a license)", v.controls());
            rules("License exceptions and authorizations (tried by priority)", v.exceptions());
            rules("Allocations", v.allocations());
            rules("Agreements", v.agreements());
            rules("Deals", v.deals());
            if (v.modelWeights() != null) {
                rules("Model weights (4E091)", List.of(v.modelWeights()));
            }
        }

        private void rules(String title, List<RegimeView.RuleView> rules) {
            heading(title);
            if (rules.isEmpty()) {
                out.println("  none");
            }
            rules.forEach(r -> block(r.id() + ": " + r.heading(), r.details(), r.citation(), r.confidence(), r.marks()));
        }

        private void block(String title, List<String> details, String citation, String confidence, String marks) {
            wrap("  ", title);
            details.forEach(d -> wrap("    ", d));
            wrap("    ", "citation: " + citation + " [" + confidence + (marks.isEmpty() ? "" : "; " + marks) + "]");
        }

        private void section(String title, List<String> lines) {
            heading(title);
            lines.forEach(l -> Text.wrap(l, width, "  - ", "    ").forEach(out::println));
        }

        private void heading(String title) {
            out.println();
            out.println(title);
        }

        private void wrap(String first, String text) {
            Text.wrap(text, width, first, " ".repeat(Math.min(first.length() + 2, 6))).forEach(out::println);
        }
    }
}
