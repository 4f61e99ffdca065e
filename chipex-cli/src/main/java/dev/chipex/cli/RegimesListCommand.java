package dev.chipex.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.chipex.cli.output.Json;
import dev.chipex.cli.output.OutputFormat;
import dev.chipex.cli.output.Table;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.RegimeCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/** {@code chipex regimes list}: every regime with its status on a date and its size. */
@Command(name = "list", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Lists the built-in regimes (and any --regime-file) with their status on a date (in-force, "
                + "not-enforced, rescinded, hypothetical), effective and compliance dates, and how many controls and "
                + "license exceptions each has.",
        footerHeading = "%nExamples:%n",
        footer = {"  chipex regimes list", "  chipex regimes list --date 2025-03-01 --format json",
                "  chipex regimes list --regime-file reform.yaml"})
final class RegimesListCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    RegimeFiles regimeFiles;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date the status is read on. Default: today.")
    String date;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @JsonPropertyOrder({"id", "title", "status", "effective", "compliance", "extends", "controls", "exceptions", "source"})
    record Row(String id, String title, String status, String effective, String compliance,
               @JsonProperty("extends") String extendsId,
               int controls, int exceptions, String source) {
    }

    record Listing(String date, List<Row> regimes) {
    }

    @Override
    public void run() {
        format.requireOneOf("regimes list", OutputFormat.TABLE, OutputFormat.JSON);
        LocalDate on = Dates.parseOrToday("--date", date);
        RegimeCatalog catalog = regimeFiles.catalog();
        List<Row> rows = catalog.ids().stream().map(id -> row(catalog, catalog.get(id), on)).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Json.write(out, new Listing(on.toString(), rows));
        } else {
            Table table = Table.withColumns("ID", "STATUS ON " + on, "EFFECTIVE", "COMPLIANCE", "CONTROLS", "EXCEPTIONS", "TITLE")
                    .alignRight(4, 5);
            rows.forEach(r -> table.row(r.id(), r.status(), dash(r.effective()), dash(r.compliance()), r.controls(),
                    r.exceptions(), r.title()));
            table.print(out);
            out.println();
            out.println(rows.size() + " regimes. Rules, groups and parameters: 'chipex regimes show ID'; "
                    + "differences: 'chipex regimes diff A B'.");
        }
        out.flush();
    }

    static Row row(RegimeCatalog catalog, Regime r, LocalDate on) {
        return new Row(r.id(), r.title(), r.statusOn(on).map(Object::toString).orElse("not yet in force"),
                r.effective().map(Object::toString).orElse(null), r.compliance().map(Object::toString).orElse(null),
                r.extendsId().orElse(null), r.controls().size(), r.exceptions().size(),
                origin(catalog, r));
    }

    /** "built-in", or the file a user regime was loaded from (also when it replaces a built-in id). */
    static String origin(RegimeCatalog catalog, Regime r) {
        return catalog.builtInIds().contains(r.id()) && r.source().equals(r.id() + ".yaml") ? "built-in" : r.source();
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }
}
