package dev.chipex.server.api;

import dev.chipex.core.ledger.LedgerResult;
import dev.chipex.core.ledger.Refusal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ledger result as HTTP: recorded is the result; refused is a problem document, 404 for an
 * unknown account or reservation, 409 otherwise (insufficient quota, settled or expired
 * reservation, ...), naming the refusal and, when known, the TPP the account had available.
 */
final class LedgerResults {
    private LedgerResults() {
    }

    static LedgerResult.Recorded recordedOrThrow(LedgerResult result) {
        if (result instanceof LedgerResult.Recorded recorded) {
            return recorded;
        }
        throw refusal((LedgerResult.Refused) result);
    }

    static ApiException refusal(LedgerResult.Refused refused) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("refusal", refused.refusal().name());
        if (refused.availableTpp() >= 0) {
            extensions.put("availableTpp", refused.availableTpp());
        }
        if (refused.refusal().category() == Refusal.Category.NOT_FOUND) {
            return new ApiException(404, "Not found", refused.message(), List.of(), extensions);
        }
        String title = refused.refusal() == Refusal.INSUFFICIENT_QUOTA ? "Insufficient quota" : "Conflict";
        return new ApiException(409, title, refused.message(), List.of(), extensions);
    }
}
