package dev.chipex.server.api;

import dev.chipex.core.ledger.AccountIds;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaKind;
import io.javalin.http.Context;

import java.util.List;
import java.util.Optional;

/** Reading ledger requests: account ids in bodies and paths, and the all-problems-at-once rule. */
final class LedgerInput {
    static final String ACCOUNT_HINT = "an account id KIND/holder/period, e.g. COUNTRY_ALLOCATION/IN/2025-2027";

    private LedgerInput() {
    }

    static Optional<QuotaAccount> account(Fields f, String name) {
        Optional<String> id = f.required(name, ACCOUNT_HINT);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(AccountIds.parse(id.get()));
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> f.problem(name, p.message()));
            return Optional.empty();
        }
    }

    /** The account named by the path {@code /{kind}/{holder}/{period}}. */
    static QuotaAccount account(Context ctx) {
        String kind = ctx.pathParam("kind");
        try {
            return new QuotaAccount(QuotaKind.valueOf(kind), ctx.pathParam("holder"), ctx.pathParam("period"));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("kind", "'" + kind + "' is not a quota kind: use one of "
                    + java.util.Arrays.toString(QuotaKind.values()));
        }
    }

    /** The path of an account's balance, each segment URL-encoded. */
    static String location(QuotaAccount account) {
        return "/api/v1/ledger/accounts/" + segment(account.kind().name()) + "/" + segment(account.holder()) + "/"
                + segment(account.period());
    }

    static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String segment(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
