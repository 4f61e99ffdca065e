package dev.chipex.ledger;

import dev.chipex.core.problem.ChipexException;

/** The ledger's database could not be reached or did not do what was asked. */
public final class LedgerStoreException extends ChipexException {
    public LedgerStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
