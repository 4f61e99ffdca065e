package dev.chipex.ledger;

import dev.chipex.core.ledger.ChainLink;

/**
 * What one ledger instance knows the database holds, as of the chain head its last transaction
 * committed: that head, and the accounts that transaction read ahead or wrote with their held
 * reservations falling due soon. It stays true until another writer (another process, or
 * another instance in this one) commits; a transaction that starts from it without reading
 * finds out at its commit whether it still was ({@link Transactions}).
 */
record Known(ChainLink head, ReadAhead ahead) {
}
