package dev.chipex.core.decision;

import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaDebit;
import dev.chipex.core.quota.QuotaKind;
import dev.chipex.core.regime.AllocationRule;
import dev.chipex.core.regime.QuotaRule;

/** The quota account a rule debits for a shipment, and the one test of whether a quota has room. */
final class Quotas {
    private Quotas() {
    }

    /** A consignee's name as a stable account holder: case and spacing do not make a new account. */
    static String holderName(String consignee) {
        StringBuilder name = new StringBuilder(consignee.length());
        boolean space = false;
        for (int i = 0; i < consignee.length(); i++) {
            char c = consignee.charAt(i);
            if (Character.isWhitespace(c)) {
                space = name.length() > 0;
            } else {
                if (space) {
                    name.append(' ');
                    space = false;
                }
                name.append(Character.toLowerCase(c));
            }
        }
        return name.toString();
    }

    static QuotaAccount account(QuotaRule rule, String ruleId, Transaction t) {
        String holder = switch (rule.holder()) {
            case CONSIGNEE -> holderName(t.consignee());
            case DESTINATION -> t.destination();
            case CONSIGNEE_AT_DESTINATION -> holderName(t.consignee()) + "@" + t.destination();
            default -> ruleId;
        };
        return new QuotaAccount(rule.kind(), holder, rule.periodOn(t.date()));
    }

    static QuotaAccount allocationAccount(AllocationRule rule, Transaction t) {
        return new QuotaAccount(QuotaKind.COUNTRY_ALLOCATION, t.destination(), rule.period());
    }

    /**
     * Whether {@code account}, of {@code capacityTpp}, with {@code usedTpp} already used, holds a
     * shipment of {@code neededTpp}: the debit when it does, else what is left and how many units fit.
     */
    record Room(QuotaAccount account, long capacityTpp, long usedTpp, long neededTpp, double tppPerUnit) {
        boolean fits() {
            return usedTpp + neededTpp <= capacityTpp;
        }

        QuotaDebit debit(String rule) {
            return new QuotaDebit(account, neededTpp, capacityTpp, usedTpp, rule);
        }

        long availableTpp() {
            return Math.max(0, capacityTpp - usedTpp);
        }

        /** Whole units that fit in what is left, each counted at its rounded TPP as a debit would be. */
        long unitsThatFit() {
            if (tppPerUnit <= 0) {
                return 0;
            }
            long available = availableTpp();
            long units = (long) Math.floor(available / tppPerUnit);
            while (units > 0 && Math.round(units * tppPerUnit) > available) {
                units--;
            }
            return units;
        }
    }
}
