package dev.chipex.ledger;

import dev.chipex.core.ledger.QuotaLedger;

/** The contract suite against PostgreSQL, in a fresh schema for every test (see {@link PostgresSchema}). */
class PostgresLedgerTest extends JdbcLedgerContract {
    private PostgresSchema schema;

    @Override
    QuotaLedger openLedger(MutableClock clock) {
        schema = PostgresSchema.create();
        return Ledgers.open(schema.url(), clock);
    }

    @Override
    QuotaLedger reopen(QuotaLedger current, MutableClock clock) {
        current.close();
        return Ledgers.open(schema.url(), clock);
    }

    @Override
    String url() {
        return schema.url();
    }

    @Override
    void closeStore() {
        schema.close();
    }
}
