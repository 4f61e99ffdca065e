package dev.chipex.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.core.item.Classifier;
import dev.chipex.core.ledger.AccountBalance;
import dev.chipex.core.ledger.Agreement;
import dev.chipex.core.ledger.JournalEntry;
import dev.chipex.core.ledger.LedgerResult;
import dev.chipex.core.ledger.Reservation;

import java.time.Instant;

/** The JSON forms of ledger balances, journal entries, reservations and results: TPP, with H100e alongside. */
final class LedgerJson {
    private static final double H100E_TPP = Classifier.bundled().h100eTpp();

    private LedgerJson() {
    }

    static ObjectNode balance(AccountBalance b) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("account", b.account().id());
        json.put("kind", b.account().kind().name());
        json.put("holder", b.account().holder());
        json.put("period", b.account().period());
        json.put("capacityTpp", b.capacityTpp());
        json.put("committedTpp", b.committedTpp());
        json.put("reservedTpp", b.reservedTpp());
        json.put("availableTpp", b.availableTpp());
        json.put("capacityH100e", b.capacityTpp() / H100E_TPP);
        json.put("availableH100e", b.availableTpp() / H100E_TPP);
        return json;
    }

    static ObjectNode entry(JournalEntry e) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("sequence", e.sequence());
        json.put("recordedAt", e.recordedAt().toString());
        json.put("type", e.type().name());
        json.put("account", e.accountId());
        json.put("amountTpp", e.amountTpp());
        json.put("reservation", e.reservationId());
        json.put("expiresAt", e.expiresAt() == null ? null : e.expiresAt().toString());
        json.put("capacityAfterTpp", e.capacityAfterTpp());
        json.put("committedAfterTpp", e.committedAfterTpp());
        json.put("reservedAfterTpp", e.reservedAfterTpp());
        json.put("availableAfterTpp", e.availableAfterTpp());
        json.put("actor", e.actor());
        json.put("note", e.note());
        json.put("hash", e.hash());
        return json;
    }

    static ObjectNode reservation(Reservation r, Instant now) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("id", r.id());
        json.put("account", r.accountId());
        json.put("amountTpp", r.amountTpp());
        json.put("expiresAt", r.expiresAt().toString());
        json.put("state", r.isOverdue(now) ? "EXPIRED" : r.state().name());
        return json;
    }

    static ObjectNode agreement(Agreement a) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("id", a.id());
        json.put("kind", a.kind().name());
        json.put("country", a.country());
        json.put("effectiveFrom", a.effectiveFrom().toString());
        json.put("terms", a.terms());
        json.put("quotaTpp", a.quotaTpp());
        json.put("period", a.period().isEmpty() ? null : a.period());
        json.put("account", a.quotaAccount().map(Object::toString).orElse(null));
        return json;
    }

    /** What a recorded request wrote: its key, whether it was a replay, and its entries. */
    static ObjectNode recorded(LedgerResult.Recorded r) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("idempotencyKey", r.idempotencyKey());
        json.put("replayed", r.replayed());
        json.put("reservation", r.reservationId().orElse(null));
        ArrayNode entries = json.putArray("entries");
        r.entries().forEach(e -> entries.add(entry(e)));
        return json;
    }
}
