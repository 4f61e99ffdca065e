package dev.chipex.core.ledger;

import java.util.Map;
import java.util.TreeMap;

/**
 * The state the journal projects to: account balances, reservations, installed compute by fleet
 * position ({@code veu@country}) and agreements (as described in the journal). Stores keep it in
 * tables; the audit derives it again from the journal and compares.
 */
public record Projection(Map<String, AccountBalance> accounts, Map<String, Reservation> reservations,
                         Map<String, Long> installed, Map<String, String> agreements) {
    public Projection {
        accounts = Map.copyOf(accounts);
        reservations = Map.copyOf(reservations);
        installed = Map.copyOf(installed);
        agreements = Map.copyOf(agreements);
    }

    /** Differences from {@code other}, as "what: this vs other" lines, in a stable order. */
    Map<String, String> differencesFrom(Projection other) {
        Map<String, String> out = new TreeMap<>();
        compare("account ", accounts, other.accounts, out);
        compare("reservation ", reservations, other.reservations, out);
        compare("installed compute ", installed, other.installed, out);
        compare("agreement ", agreements, other.agreements, out);
        return out;
    }

    private static <V> void compare(String what, Map<String, V> mine, Map<String, V> theirs, Map<String, String> out) {
        TreeMap<String, V> all = new TreeMap<>(mine);
        theirs.forEach(all::putIfAbsent);
        for (String key : all.keySet()) {
            V a = mine.get(key);
            V b = theirs.get(key);
            if (a == null ? b != null : !a.equals(b)) {
                out.put(what + key, (a == null ? "absent" : a.toString()) + " vs " + (b == null ? "absent" : b.toString()));
            }
        }
    }
}
