package dev.chipex.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.chipex.cli.output.Json;
import dev.chipex.cli.output.OutputFormat;
import dev.chipex.cli.output.Table;
import dev.chipex.core.country.Country;
import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.country.EarCountryGroup;
import dev.chipex.core.country.EarCountryGroups;
import dev.chipex.core.problem.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** {@code chipex countries list}: every country, or one group's members, with their groups on a date. */
@Command(name = "list", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Lists every ISO 3166-1 country with its EAR Country Groups on a date, or only one group's members.",
        footerHeading = "%nExamples:%n",
        footer = {"  chipex countries list --date 2025-01-15 --group D:5",
                "  chipex countries list --group A:5 --date 2026-07-10 --format json"})
final class CountriesListCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date the groups are read on. Default: today.")
    String date;

    @Option(names = "--group", paramLabel = "GROUP", description = "Only members of this group: D:1, D:4, D:5, A:5, A:6 or Macau.")
    String group;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @JsonPropertyOrder({"date", "group", "count", "countries", "attribution"})
    record Listing(String date, String group, int count, List<Row> countries, String attribution) {
    }

    @JsonPropertyOrder({"code", "name", "treatedAs", "groups"})
    record Row(String code, String name, String treatedAs, List<String> groups) {
    }

    @Override
    public void run() {
        format.requireOneOf("countries list", OutputFormat.TABLE, OutputFormat.JSON);
        LocalDate on = Dates.parseOrToday("--date", date);
        EarCountryGroups groups = EarCountryGroups.bundled();
        String groupId = group == null ? null : resolveGroup(groups, group).id();
        List<Row> rows = CountryCatalog.bundled().all().stream()
                .map(c -> row(groups, c, on))
                .filter(r -> groupId == null || r.groups().contains(groupId))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Json.write(out, new Listing(on.toString(), groupId, rows.size(), rows, CountryCatalog.ATTRIBUTION));
        } else {
            Table table = Table.withColumns("CODE", "NAME", "GROUPS ON " + on);
            rows.forEach(r -> table.row(r.code(), r.name(), String.join(" ", r.groups())
                    + (r.treatedAs() == null ? "" : "  (as " + r.treatedAs() + ")")));
            table.print(out);
            out.println();
            out.println(rows.size() + " countries" + (groupId == null ? "" : " in " + groupId) + " on " + on
                    + ". Citations and confidence: 'chipex countries show CODE'.");
        }
        out.flush();
    }

    private static Row row(EarCountryGroups groups, Country country, LocalDate on) {
        String as = groups.treatedAs(country.code());
        return new Row(country.code(), country.name(), as.equals(country.code()) ? null : as,
                groups.groupsOf(country.code(), on));
    }

    static EarCountryGroup resolveGroup(EarCountryGroups groups, String text) {
        return groups.all().stream().filter(g -> g.id().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("--group", "unknown country group '" + text
                        + "': use one of " + groups.all().stream().map(EarCountryGroup::id)
                        .collect(Collectors.joining(", "))));
    }
}
