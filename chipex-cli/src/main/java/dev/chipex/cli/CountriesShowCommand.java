package dev.chipex.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.chipex.cli.output.Json;
import dev.chipex.cli.output.OutputFormat;
import dev.chipex.cli.output.Table;
import dev.chipex.core.country.Country;
import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.country.EarCountryGroup;
import dev.chipex.core.country.EarCountryGroups;
import dev.chipex.core.country.TreatedAs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code chipex countries show}: one country's EAR Country Groups on a date, then its tier under
 * each built-in regime that has tiers.
 */
@Command(name = "show", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Shows one country's EAR Country Groups on a date, each with its dates, citation and confidence, "
                + "and its tier under each built-in regime that sorts countries into tiers.",
        footerHeading = "%nExamples:%n",
        footer = {"  chipex countries show KH --date 2026-02-02", "  chipex countries show \"Hong Kong\" --format json",
                "  chipex countries show UK"})
final class CountriesShowCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "COUNTRY",
            description = "An ISO 3166-1 alpha-2 code or a name, any case (e.g. AE, \"South Korea\", UK).")
    List<String> country = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date the groups are read on. Default: today.")
    String date;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    /** @param left the groups the country had left by the date, each with the citation of its leaving */
    @JsonPropertyOrder({"code", "name", "date", "treatedAs", "groups", "left", "tiers"})
    record CountryView(String code, String name, String date, TreatedAs treatedAs, List<CountryGroupView> groups,
                       List<CountryGroupView> left, List<CountryTierView> tiers) {
    }

    @Override
    public void run() {
        format.requireOneOf("countries show", OutputFormat.TABLE, OutputFormat.JSON);
        Country found = CountryCatalog.bundled().resolve("COUNTRY", String.join(" ", country));
        LocalDate on = Dates.parseOrToday("--date", date);
        EarCountryGroups groups = EarCountryGroups.bundled();
        String as = groups.treatedAs(found.code());
        List<CountryGroupView> memberships = new ArrayList<>();
        List<CountryGroupView> left = new ArrayList<>();
        for (EarCountryGroup group : groups.all()) {
            group.membershipOn(as, on).ifPresent(m -> memberships.add(CountryGroupView.of(group, m)));
            group.members().stream().filter(m -> m.country().equals(as) && m.until().filter(u -> !u.isAfter(on)).isPresent())
                    .forEach(m -> left.add(CountryGroupView.of(group, m)));
        }
        CountryView view = new CountryView(found.code(), found.name(), on.toString(),
                groups.treatment(found.code()).orElse(null), memberships, left,
                CountryTierView.of(found.code(), on));
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Json.write(out, view);
        } else {
            print(out, view);
        }
        out.flush();
    }

    private static void print(PrintWriter out, CountryView view) {
        Table head = Table.keyValue().row("country", view.name() + " (" + view.code() + ")").row("date", view.date());
        if (view.treatedAs() != null) {
            String as = view.treatedAs().asCountry();
            String name = CountryCatalog.bundled().find(as).map(Country::name).orElse(as);
            head.row("treated as", name + " (" + as + ") for EAR country groups: " + view.treatedAs().citation());
        }
        head.print(out);
        out.println();
        out.println("EAR country groups on " + view.date() + ":");
        if (view.groups().isEmpty()) {
            out.println("  none of D:1, D:4, D:5, A:5, A:6, Macau");
        } else {
            Table table = Table.withColumns("GROUP", "TITLE", "FROM", "UNTIL", "CONF", "CITATION");
            view.groups().forEach(g -> table.row(g.group(), g.title(), g.from() == null ? "-" : g.from(),
                    g.until() == null ? "-" : g.until(), g.confidence(), g.citation()));
            table.print(out);
        }
        if (!view.left().isEmpty()) {
            out.println();
            out.println("Left before " + view.date() + ":");
            Table table = Table.withColumns("GROUP", "TITLE", "FROM", "UNTIL", "CONF", "CITATION");
            view.left().forEach(g -> table.row(g.group(), g.title(), g.from() == null ? "-" : g.from(), g.until(),
                    g.confidence(), g.citation()));
            table.print(out);
        }
        out.println();
        out.println("Tiers on " + view.date() + " under the built-in regimes that have tiers:");
        Table tiers = Table.withColumns("REGIME", "TIER", "REGIME STATUS", "TITLE");
        view.tiers().forEach(t -> tiers.row(t.regime(), t.tier(), t.status(), t.title()));
        tiers.print(out);
    }
}
