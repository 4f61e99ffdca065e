package dev.chipex.server;

/** The ledger routes with keys and ledger in PostgreSQL (a fresh schema for this class). */
class PostgresLedgerEndpointsTest extends LedgerEndpointsContract {
    @Override
    Stores database() {
        return TestDatabases.postgres();
    }
}
