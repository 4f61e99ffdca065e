package dev.chipex.server;

/** The ledger routes with keys and ledger in one SQLite file. */
class SqliteLedgerEndpointsTest extends LedgerEndpointsContract {
    @Override
    Stores database() {
        return TestDatabases.sqlite();
    }
}
