package dev.chipex.server;

import dev.chipex.server.access.ServerDatabase;

/** The API endpoints with the server's store in PostgreSQL (a fresh schema for this class). */
class PostgresApiEndpointsTest extends ApiEndpointsContract {
    @Override
    ServerDatabase database() {
        return TestDatabases.postgres();
    }
}
