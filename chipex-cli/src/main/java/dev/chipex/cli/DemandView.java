package dev.chipex.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.cli.output.Csv;
import dev.chipex.cli.output.Json;
import dev.chipex.cli.output.Numbers;
import dev.chipex.cli.output.OutputFormat;
import dev.chipex.cli.output.Table;
import dev.chipex.sim.demand.Dataset;
import dev.chipex.sim.world.Calibration;
import dev.chipex.sim.world.DemandBreakdown;
import dev.chipex.sim.world.WorldDemand;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes {@code demand show}: the breakdown, the calibration beside its sources, the notes. */
final class DemandView {
    private DemandView() {
    }

    static void print(PrintWriter out, OutputFormat format, DemandBreakdown.By by, WorldDemand demand,
                      List<DemandBreakdown.Row> rows) {
        switch (format) {
            case JSON:
                Json.write(out, json(by, demand, rows));
                break;
            case CSV:
                List<List<String>> lines = new ArrayList<>();
                rows.forEach(r -> lines.add(List.of(r.key(), String.valueOf(r.tranches()), Numbers.round(r.buyers(), 3)
                        .toPlainString(), Numbers.round(r.h100e(), 1).toPlainString(), Numbers.round(r.share(), 6)
                        .toPlainString())));
                Csv.write(out, List.of(by.toString(), "tranches", "buyers", "h100e", "share"), lines);
                break;
            default:
                table(out, by, demand, rows);
        }
        out.flush();
    }

    private static void table(PrintWriter out, DemandBreakdown.By by, WorldDemand demand,
                              List<DemandBreakdown.Row> rows) {
        Dataset d = demand.demand().dataset();
        out.printf(Locale.ROOT, "%s: %,d tranches (would-be shipments), 2025-2030, by %s%n", d.name(), d.rows(), by);
        Table t = Table.withColumns(by.toString().toUpperCase(Locale.ROOT), "TRANCHES", "BUYERS", "H100E", "SHARE")
                .alignRight(1, 2, 3, 4);
        rows.forEach(r -> t.row(r.key(), Numbers.grouped(r.tranches(), 0), Numbers.grouped(r.buyers(), 1),
                Numbers.grouped(r.h100e(), 0), percent(r.share())));
        t.print(out);
        Calibration c = demand.calibration();
        out.println();
        out.println("Calibrated on (the sales data's part; China's H200 orders and smuggling demand apart):");
        Table cal = Table.withColumns("YEAR", "DEMAND H100E", "SOURCE H100E", "90% INTERVAL", "SOURCE").alignRight(1, 2, 3);
        c.years().forEach(y -> cal.row(y.year(), Numbers.grouped(y.demand(), 0), Numbers.grouped(y.sourceMedian(), 0),
                Numbers.grouped(y.sourceLow(), 0) + "-" + Numbers.grouped(y.sourceHigh(), 0),
                (y.fromData() ? "Epoch AI chip sales" : "growth assumption") + (y.withinSource() ? ", within" : ", OUTSIDE")));
        cal.print(out);
        out.println();
        Table shares = Table.withColumns("SHARE", "CHIPEX", "EPOCH AI").alignRight(1);
        shares.row("United States, 2025 demand", percent(c.usShare2025()), "about 75% of GPU cluster performance (May 2025)");
        shares.row("China, 2025 demand", percent(c.chinaShare2025()),
                "15% of GPU cluster performance (May 2025); just over 5% of AI compute owned (2026)");
        shares.row("United States, end of 2025", percent(c.usStockShare()), "stock 2022-2024 plus 2025 demand");
        shares.row("China, end of 2025", percent(c.chinaStockShare()), "the same");
        shares.print(out);
        out.println("Sources: " + Calibration.CLUSTER_SHARES + "; " + Calibration.OWNER_SHARES + ".");
        out.println();
        out.println("Notes:");
        d.notes().forEach(n -> out.println("- " + n));
        out.println();
        out.println("Data: " + d.attribution() + " License: " + d.license() + ".");
    }

    private static ObjectNode json(DemandBreakdown.By by, WorldDemand demand, List<DemandBreakdown.Row> rows) {
        ObjectNode root = Json.mapper().createObjectNode();
        Dataset d = demand.demand().dataset();
        root.putObject("dataset").put("name", d.name()).put("vintage", d.vintage()).put("license", d.license())
                .put("attribution", d.attribution()).put("tranches", d.rows())
                .put("existingStockH100e", Math.round(demand.demand().stockH100e()));
        root.put("by", by.toString());
        ArrayNode array = root.putArray("rows");
        rows.forEach(r -> array.addObject().put("key", r.key()).put("tranches", r.tranches())
                .put("buyers", Numbers.round(r.buyers(), 3)).put("h100e", Numbers.round(r.h100e(), 1))
                .put("share", Numbers.round(r.share(), 6)));
        Calibration c = demand.calibration();
        ObjectNode calibration = root.putObject("calibration");
        ArrayNode years = calibration.putArray("years");
        c.years().forEach(y -> years.addObject().put("year", y.year()).put("demandH100e", Math.round(y.demand()))
                .put("sourceH100e", Math.round(y.sourceMedian())).put("sourceP05", Math.round(y.sourceLow()))
                .put("sourceP95", Math.round(y.sourceHigh())).put("fromData", y.fromData())
                .put("withinSource", y.withinSource()));
        calibration.putObject("shares").put("us2025", Numbers.round(c.usShare2025(), 4))
                .put("china2025", Numbers.round(c.chinaShare2025(), 4)).put("usEnd2025", Numbers.round(c.usStockShare(), 4))
                .put("chinaEnd2025", Numbers.round(c.chinaStockShare(), 4));
        calibration.putObject("published").put("usClusterShare", Calibration.PUBLISHED_US_CLUSTER_SHARE)
                .put("chinaClusterShare", Calibration.PUBLISHED_CHINA_CLUSTER_SHARE)
                .put("chinaOwnedShare", Calibration.PUBLISHED_CHINA_OWNER_SHARE)
                .put("clusterSource", Calibration.CLUSTER_SHARES).put("ownerSource", Calibration.OWNER_SHARES);
        d.notes().forEach(root.putArray("notes")::add);
        return root;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
