package dev.chipex.core.ledger;

import dev.chipex.core.quota.QuotaDebit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Records a determination's debits all together or not at all. An account the ledger does not
 * know yet is opened with the capacity the regime gave the debit; an account it knows keeps the
 * capacity recorded (a regulator may have adjusted it), and the debit must fit that.
 */
final class DebitRecording {
    private DebitRecording() {
    }

    static LedgerResult record(LedgerClerk clerk, LedgerSession session, LedgerRequest request,
                               List<QuotaDebit> debits) {
        if (debits.isEmpty()) {
            throw new IllegalArgumentException("a determination without debits has nothing to record");
        }
        String fingerprint = "debits|" + debits.stream().map(d -> d.account().id() + ":" + d.amountTpp())
                .collect(Collectors.joining(","));
        return Replays.of(session, request, fingerprint).orElseGet(() -> {
            Map<String, AccountBalance> before = new LinkedHashMap<>();
            Map<String, Long> asked = new LinkedHashMap<>();
            for (QuotaDebit debit : debits) {
                String id = debit.account().id();
                if (!before.containsKey(id)) {
                    before.put(id, Expiry.sweep(session, id, clerk.now())
                            .orElse(AccountBalance.opened(debit.account(), debit.capacityTpp())));
                }
                asked.merge(id, debit.amountTpp(), Long::sum);
            }
            List<String> shortfalls = new ArrayList<>();
            LedgerResult firstShort = null;
            for (Map.Entry<String, Long> ask : asked.entrySet()) {
                AccountBalance balance = before.get(ask.getKey());
                if (balance.availableTpp() < ask.getValue()) {
                    LedgerResult refusal = LedgerClerk.insufficient(request, balance, ask.getValue());
                    firstShort = firstShort == null ? refusal : firstShort;
                    shortfalls.add(((LedgerResult.Refused) refusal).message());
                }
            }
            if (firstShort != null) {
                return LedgerClerk.refused(request, Refusal.INSUFFICIENT_QUOTA, "nothing recorded: "
                        + String.join("; ", shortfalls), ((LedgerResult.Refused) firstShort).availableTpp());
            }
            Batch batch = clerk.batch(session, request);
            Map<String, AccountBalance> current = new LinkedHashMap<>();
            for (QuotaDebit debit : debits) {
                String id = debit.account().id();
                AccountBalance balance = current.get(id);
                if (balance == null) {
                    balance = before.get(id);
                    if (session.account(id).isEmpty()) {
                        batch.account(EntryType.ACCOUNT_OPENED, balance, balance.capacityTpp(), null,
                                "opened by a determination under " + debit.rule());
                    }
                }
                balance = balance.withUse(balance.committedTpp() + debit.amountTpp(), balance.reservedTpp());
                current.put(id, balance);
                batch.account(EntryType.QUOTA_DEBITED, balance, debit.amountTpp(), null, debit.rule());
            }
            return batch.recorded(fingerprint);
        });
    }
}
