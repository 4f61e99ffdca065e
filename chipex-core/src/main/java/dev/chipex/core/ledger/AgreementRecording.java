package dev.chipex.core.ledger;

/** Records an agreement or a deal; a deal with a quota opens its account in the same request. */
final class AgreementRecording {
    private AgreementRecording() {
    }

    static LedgerResult record(LedgerClerk clerk, LedgerSession session, LedgerRequest request, Agreement agreement) {
        String fingerprint = "agreement|" + agreement.id() + "|" + agreement.describe();
        return Replays.of(session, request, fingerprint).orElseGet(() -> {
            if (!request.actor().isRegulator()) {
                return LedgerClerk.refused(request, Refusal.NOT_AUTHORISED, "only a regulator records agreements", -1);
            }
            if (session.agreementExists(agreement.id())) {
                return LedgerClerk.refused(request, Refusal.AGREEMENT_EXISTS, "agreement '" + agreement.id()
                        + "' is already recorded", -1);
            }
            if (agreement.quotaAccount().flatMap(a -> session.account(a.id())).isPresent()) {
                return LedgerClerk.refused(request, Refusal.ACCOUNT_EXISTS, agreement.quotaAccount().get().id()
                        + " is already open", -1);
            }
            Batch batch = clerk.batch(session, request);
            session.saveAgreement(agreement);
            batch.write(EntryType.AGREEMENT_RECORDED, agreement.id(), agreement.quotaTpp(), null, new long[3],
                    agreement.describe());
            agreement.quotaAccount().ifPresent(account -> batch.account(EntryType.ACCOUNT_OPENED,
                    AccountBalance.opened(account, agreement.quotaTpp()), agreement.quotaTpp(), null,
                    "quota of " + agreement.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + agreement.id()));
            return batch.recorded(fingerprint);
        });
    }
}
