package dev.chipex.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.chipex.cli.output.Csv;
import dev.chipex.cli.output.Json;
import dev.chipex.cli.output.Numbers;
import dev.chipex.cli.output.OutputFormat;
import dev.chipex.cli.output.Table;
import dev.chipex.core.item.CatalogChip;
import dev.chipex.core.item.ChipCatalog;
import dev.chipex.core.item.Classifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** {@code chipex chips list}: every catalog chip with its TPP, performance density and ECCN. */
@Command(name = "list", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Lists the chip catalog with each chip's TPP, performance density (PD) and ECCN.",
                "PD is blank where the die area is not published; then only a.1 is tested."},
        footerHeading = "%nExamples:%n",
        footer = {"  chipex chips list", "  chipex chips list --format csv > chips.csv"})
final class ChipsListCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json, jsonl or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @JsonPropertyOrder({"attribution", "chips"})
    record Listing(String attribution, List<Entry> chips) {
    }

    @JsonPropertyOrder({"name", "vendor", "aliases", "released", "memoryBandwidthGBs", "note", "classification"})
    record Entry(String name, String vendor, List<String> aliases, String released, BigDecimal memoryBandwidthGBs,
                 String note, ClassificationView classification) {
    }

    @Override
    public void run() {
        List<Entry> entries = ChipCatalog.bundled().all().stream().map(ChipsListCommand::entry).toList();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON:
                Json.write(out, new Listing(ChipCatalog.ATTRIBUTION, entries));
                break;
            case JSONL:
                entries.forEach(e -> Json.line(out, e));
                break;
            case CSV:
                Csv.write(out, List.of("name", "vendor", "rates", "die_area_mm2", "datacenter", "tpp",
                        "performance_density", "eccn", "paragraph", "h100_equivalents", "source"),
                        entries.stream().map(ChipsListCommand::csvRow).toList());
                break;
            default:
                table(out, entries);
        }
        out.flush();
    }

    private static Entry entry(CatalogChip chip) {
        return new Entry(chip.name(), chip.vendor(), chip.aliases(), chip.released(),
                Numbers.round(chip.memoryBandwidthGBs(), 1), chip.note(),
                ClassificationView.of(chip, Classifier.bundled().classify(chip.spec())));
    }

    private static List<String> csvRow(Entry e) {
        ClassificationView c = e.classification();
        return List.of(e.name(), e.vendor(), String.join(";", c.rates()), text(c.dieAreaMm2()),
                c.datacenter() ? "yes" : "no", text(c.tpp()), text(c.performanceDensity()), c.eccn(),
                Objects.toString(c.paragraph(), ""), text(c.h100Equivalents()), c.source());
    }

    private static void table(PrintWriter out, List<Entry> entries) {
        Table table = Table.withColumns("CHIP", "VENDOR", "TPP", "PD", "DC", "ECCN", "PARA", "H100e")
                .alignRight(2, 3, 7);
        for (Entry e : entries) {
            ClassificationView c = e.classification();
            table.row(e.name(), e.vendor(), Numbers.grouped(c.tpp().doubleValue(), 0),
                    c.performanceDensity() == null ? "" : Numbers.grouped(c.performanceDensity().doubleValue(), 2),
                    c.datacenter() ? "yes" : "no", c.eccn(), Objects.toString(c.paragraph(), ""),
                    Numbers.grouped(c.h100Equivalents().doubleValue(), 2));
        }
        table.print(out);
        out.println();
        out.println(entries.size() + " chips. PD: performance density; DC: designed or marketed for datacenters.");
        out.println("Sources per chip: 'chipex chips list --format csv'. " + ChipCatalog.ATTRIBUTION);
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
