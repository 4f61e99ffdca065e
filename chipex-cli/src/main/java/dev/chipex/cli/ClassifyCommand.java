package dev.chipex.cli;

import dev.chipex.cli.output.Json;
import dev.chipex.cli.output.Numbers;
import dev.chipex.cli.output.OutputFormat;
import dev.chipex.cli.output.Table;
import dev.chipex.core.item.CatalogChip;
import dev.chipex.core.item.ChipCatalog;
import dev.chipex.core.item.ChipSpec;
import dev.chipex.core.item.Classification;
import dev.chipex.core.item.Classifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code chipex classify}: ECCN 3A090/4A090, TPP, performance density and H100-equivalents. */
@Command(name = "classify", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {
                "Classifies an integrated circuit under ECCN 3A090 (or a computer holding several under 4A090): "
                        + "TPP, performance density, the ECCN and the paragraph (a.1, a.2, b.1, b.2) that decided it, "
                        + "and H100-equivalents (TPP / 15,832).",
                "",
                "Name a chip from the catalog ('chipex chips list'), or give its figures with --rate and --die-area. "
                        + "TPP is TOPS x bit length at the rate that gives the highest product; use dense (not sparse) "
                        + "rates. Performance density is TPP / die area and is undefined without --die-area: then only "
                        + "the TPP-only test a.1 can apply, and the output says so."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  chipex classify H100",
                "  chipex classify \"RTX 4090 D\" --format json",
                "  chipex classify --rate 989.4@16 --rate 1979@8 --die-area 814",
                "  chipex classify --rate 660.6@8 --die-area 608.5 --not-datacenter",
                "  chipex classify H100 --chips 8          # a computer with 8 H100s: 4A090.a"})
final class ClassifyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "CHIP",
            description = "A catalog chip name or alias, any case (e.g. H100, \"RTX 4090 D\", \"TPU v5e\").")
    List<String> name = new ArrayList<>();

    @Option(names = "--rate", paramLabel = "TOPS@BITS",
            description = "A dense processing rate and its bit length, e.g. 989.4@16 or 1979@8. Repeat for each precision.")
    List<String> rates = new ArrayList<>();

    @Option(names = "--die-area", paramLabel = "MM2",
            description = "Applicable die area in mm²: the sum of the non-planar logic dies (not HBM). Leave out when unknown.")
    String dieArea;

    @Option(names = "--not-datacenter",
            description = "The part is not designed or marketed for datacenters (e.g. a gaming GPU): only a.1 can apply.")
    boolean notDatacenter;

    @Option(names = "--chips", paramLabel = "N", defaultValue = "1",
            description = "Classify a computer holding N of these chips (4A090; TPP is the sum). Default: ${DEFAULT-VALUE}.")
    int chips;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Override
    public void run() {
        format.requireOneOf("classify", OutputFormat.TABLE, OutputFormat.JSON);
        ClassifyRequest request = ClassifyRequest.of(String.join(" ", name).strip(), rates, dieArea, notDatacenter, chips);
        ClassificationView view;
        if (request.chipName().isPresent()) {
            CatalogChip chip = ChipCatalog.bundled().resolve("CHIP", request.chipName().get());
            view = ClassificationView.of(chip, Classifier.bundled().classify(chip.spec(), chips));
        } else {
            ChipSpec figures = request.figures().orElseThrow();
            Classification result = Classifier.bundled().classify(figures, chips);
            view = ClassificationView.of(null, null, null, figures, result);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Json.write(out, view);
        } else {
            print(out, view);
        }
        out.flush();
    }

    static void print(PrintWriter out, ClassificationView v) {
        Table table = Table.keyValue();
        if (v.chip() != null) {
            table.row("chip", v.chip() + " (" + v.vendor() + ")");
        }
        table.row("rates", String.join(", ", v.rates()) + "  (TOPS@bits; the highest product counts)")
                .row("datacenter", v.datacenter() ? "yes (designed or marketed for datacenters)" : "no")
                .row("die area", v.dieAreaMm2() == null ? "unknown" : v.dieAreaMm2().toPlainString() + " mm²");
        if (v.chips() > 1) {
            table.row("chips", v.chips()).row("TPP per chip", Numbers.grouped(v.tppPerChip().doubleValue(), 2));
        }
        table.row("TPP", Numbers.grouped(v.tpp().doubleValue(), 2))
                .row("performance density", v.performanceDensity() == null ? "undefined (no die area)"
                        : Numbers.grouped(v.performanceDensity().doubleValue(), 2))
                .row("ECCN", v.eccn())
                .row("paragraph", v.paragraph() == null ? "none" : v.paragraph() + ": " + v.paragraphText())
                .row("citation", v.citation() == null ? "-" : v.citation() + " [" + v.confidence() + "]")
                .row("H100-equivalents", Numbers.grouped(v.h100Equivalents().doubleValue(), 2));
        if (v.source() != null) {
            table.row("source", v.source());
        }
        table.print(out);
        out.println("notes:");
        v.notes().forEach(n -> out.println("  - " + n));
    }
}
