package dev.chipex.server;

import dev.chipex.server.access.ServerDatabase;

/** The API endpoints with the server's store in an SQLite file. */
class SqliteApiEndpointsTest extends ApiEndpointsContract {
    @Override
    ServerDatabase database() {
        return TestDatabases.sqlite();
    }
}
