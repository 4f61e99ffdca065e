package dev.chipex.server;

/** The API endpoints with the server's store in PostgreSQL (a fresh schema for this class). */
class PostgresApiEndpointsTest extends ApiEndpointsContract {
    @Override
    Stores database() {
        return TestDatabases.postgres();
    }
}
