package dev.chipex.server;

/** The API endpoints with the server's store in an SQLite file. */
class SqliteApiEndpointsTest extends ApiEndpointsContract {
    @Override
    Stores database() {
        return TestDatabases.sqlite();
    }
}
