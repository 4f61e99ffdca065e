package dev.chipex.sim;

import dev.chipex.core.decision.Determination;
import dev.chipex.sim.demand.DemandRecord;

import java.util.Locale;

/**
 * Every decided tranche of one run with its outcome, rule and quota effect, as CSV
 * ({@code simulate --records FILE}). A record whose buyers a shared quota covered only in part
 * has a row per part.
 */
public final class RecordLog {
    static final String HEADER = "regime,id,date,destination,buyer,buyer_hq,veu,item,quantity,buyers,h100e,outcome,"
            + "exception,policy,rule,shipped_h100e,blocked_h100e,quota_h100e,note\n";

    private final StringBuilder csv = new StringBuilder(HEADER);

    void add(DemandRecord r, Determination d, double buyers, double shipped, double blocked, double quota,
             String note) {
        field(d.regime()).field(r.id()).field(r.date().toString()).field(r.destination()).field(r.buyer())
                .field(r.headquarters()).field(d.transaction().veu().orElse("")).field(r.item().name())
                .field(String.valueOf(r.quantity())).number(buyers).number(d.item().totalH100e() * buyers)
                .field(d.outcome().name()).field(d.exception().orElse(""))
                .field(d.policy().map(p -> p.code()).orElse("")).field(d.rule().orElse(""))
                .number(shipped).number(blocked).number(quota);
        csv.append(quoted(note)).append('\n');
    }

    public String csv() {
        return csv.toString();
    }

    private RecordLog field(String text) {
        csv.append(quoted(text)).append(',');
        return this;
    }

    private RecordLog number(double value) {
        csv.append(String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+(e|$)", "$1")).append(',');
        return this;
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
