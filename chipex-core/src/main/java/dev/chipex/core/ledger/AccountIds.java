package dev.chipex.core.ledger;

import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaKind;

import java.util.Arrays;

/** Reads an account id, {@code KIND/holder/period} (e.g. {@code COUNTRY_ALLOCATION/IN/2025-2027}). */
public final class AccountIds {
    private AccountIds() {
    }

    public static QuotaAccount parse(String id) {
        int first = id.indexOf('/');
        int last = id.lastIndexOf('/');
        String expected = "expected KIND/holder/period with KIND one of " + Arrays.toString(QuotaKind.values())
                + ", e.g. COUNTRY_ALLOCATION/IN/2025-2027";
        if (first <= 0 || last <= first + 1 || last == id.length() - 1) {
            throw InvalidInputException.of("account", "'" + id + "' is not an account id: " + expected);
        }
        QuotaKind kind;
        try {
            kind = QuotaKind.valueOf(id.substring(0, first));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("account", "'" + id.substring(0, first) + "' is not a quota kind: " + expected);
        }
        return new QuotaAccount(kind, id.substring(first + 1, last), id.substring(last + 1));
    }
}
