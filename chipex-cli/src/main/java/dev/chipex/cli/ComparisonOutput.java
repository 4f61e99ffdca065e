package dev.chipex.cli;

import dev.chipex.sim.Comparison;
import dev.chipex.sim.report.ComparisonCsv;
import dev.chipex.sim.report.ComparisonJson;
import dev.chipex.sim.report.ComparisonTable;
import dev.chipex.sim.report.HtmlReport;

import java.io.PrintWriter;

/** Prints a comparison in the chosen format and writes the report when asked. */
final class ComparisonOutput {
    private ComparisonOutput() {
    }

    static void print(SimulationOptions options, Comparison c, String baseline, PrintWriter out, PrintWriter err) {
        switch (options.format) {
            case json:
                out.print(ComparisonJson.write(c));
                break;
            case csv:
                out.print(ComparisonCsv.write(c));
                break;
            default:
                out.print(ComparisonTable.write(c, baseline));
        }
        out.flush();
        if (options.report != null) {
            SimulationOptions.write("--report", options.report, HtmlReport.write(c, baseline));
            err.println("chipex: report written to " + options.report);
            err.flush();
        }
    }
}
