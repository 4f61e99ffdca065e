package dev.chipex.sim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.sim.Comparison;
import dev.chipex.sim.RegimeResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One self-contained HTML file: the side-by-side table, a control-versus-promotion chart,
 * shipped compute by tier, blocked demand by control, the countries that matter most, the fleet
 * holders' shares against the limits, a tile map of effective tiers per regime, the assumptions
 * and the data attribution. Apache ECharts (bundled from its webjar) and the
 * data are inlined, so the file opens offline. After drawing, the page sets
 * {@code data-charts-rendered} on {@code <body>}; errors caught by {@code window.onerror} go to
 * {@code data-errors}.
 */
public final class HtmlReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final int TOP_COUNTRIES = 25;

    private HtmlReport() {
    }

    public static String write(Comparison c, String baseline) {
        ObjectNode data = ComparisonJson.tree(c);
        data.put("baseline", baseline);
        ObjectNode tiers = data.putObject("effectiveTiers");
        for (RegimeResult r : c.regimes()) {
            ObjectNode regime = tiers.putObject(r.regime());
            r.effectiveTiers().forEach(regime::put);
        }
        // The full countries arrays are for JSON readers; the report shows the countries that matter most.
        data.withArray("regimes").forEach(r -> ((ObjectNode) r).remove("countries"));
        putCountries(data.putObject("countriesTop"), c, baseline);
        ObjectNode tiles = data.putObject("tiles");
        TileMap.tiles().forEach((code, at) -> tiles.putArray(code).add(at[0]).add(at[1]));
        String json;
        try {
            json = MAPPER.writeValueAsString(data).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the report data", e);
        }
        return resource("report.html")
                .replace("<!--TABLE-->", "<pre>" + escape(ComparisonTable.write(c, baseline)) + "</pre>")
                .replace("/*ECHARTS*/", resource("echarts.min.js").replace("</script", "<\\/script"))
                .replace("/*DATA*/", json);
    }

    private static void putCountries(ObjectNode node, Comparison c, String baseline) {
        RegimeResult base = c.regime(baseline).orElseThrow();
        var countries = CountryRanking.top(c, base, TOP_COUNTRIES);
        countries.forEach(node.putArray("countries")::add);
        ObjectNode byRegime = node.putObject("regimes");
        for (RegimeResult r : c.regimes()) {
            ObjectNode regime = byRegime.putObject(r.regime());
            var totals = CountryRanking.totals(r);
            for (String country : countries) {
                CountryRanking.Totals t = totals.get(country);
                if (t != null) {
                    regime.putObject(country).put("demand", ComparisonJson.round(t.demand()))
                            .put("shipped", ComparisonJson.round(t.shipped())).put("blocked", ComparisonJson.round(t.blocked()))
                            .put("licensed", ComparisonJson.round(t.licensed()))
                            .put("applications", ComparisonJson.round(t.applications()))
                            .put("exhausted", t.exhausted().orElse(null));
                }
            }
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the chipex-sim jar (run mvn package)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
