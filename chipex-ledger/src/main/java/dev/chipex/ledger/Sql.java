package dev.chipex.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Plain JDBC on one connection, with SQLExceptions carried as {@link SqlFailure}.
 *
 * <p>Statements are prepared once per connection and kept: the SQLite driver compiles the SQL at
 * every prepare and caches nothing, and a ledger write runs the same few statements every time.
 *
 * <p>Statements whose answer nobody reads (writes, savepoints, COMMIT) are held and sent with
 * the next read or {@link #flush}. On PostgreSQL they go as one multi-statement in the same round
 * trip as that read (a loopback round trip costs more than the statement); SQLite runs in the
 * process, so there they simply run one after another. A failure of a held statement surfaces at
 * that read or flush, still inside the transaction that held it.
 */
final class Sql implements AutoCloseable {
    static final int CACHED_STATEMENTS = 64;
    private final Connection connection;
    private final boolean pipelines;
    private final Map<String, PreparedStatement> prepared = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= CACHED_STATEMENTS) {
                return false;
            }
            quietlyClose(eldest.getValue());
            return true;
        }
    };
    private final List<Held> held = new ArrayList<>();
    private long sends;

    Sql(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.pipelines = dialect == Dialect.POSTGRESQL;
    }

    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private record Held(String text, List<?> parameters) {
    }

    Connection connection() {
        return connection;
    }

    <T> Optional<T> one(String query, List<?> parameters, RowMapper<T> mapper) {
        List<T> rows = list(query, parameters, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    <T> List<T> list(String query, List<?> parameters, RowMapper<T> mapper) {
        List<T> rows = new ArrayList<>();
        read(List.of(new Read(query, parameters, row -> rows.add(mapper.map(row)))));
        return rows;
    }

    /** A query and what to do with each of its rows. */
    record Read(String query, List<?> parameters, RowHandler handler) {
    }

    interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }

    /**
     * Runs reads in order after the held statements: on PostgreSQL all in one round trip, each
     * read seeing what the statements before it did.
     */
    void read(List<Read> reads) {
        try {
            if (!pipelines) {
                flush();
                for (Read r : reads) {
                    try (ResultSet result = prepare(r.query(), r.parameters()).executeQuery()) {
                        handle(result, r.handler());
                    }
                }
                return;
            }
            int before = held.size();
            reads.forEach(r -> held.add(new Held(r.query(), r.parameters())));
            PreparedStatement statement = prepareHeld();
            boolean isResult = statement.execute();
            for (int i = 0; i < before; i++) {
                isResult = statement.getMoreResults();
            }
            for (Read r : reads) {
                if (!isResult) {
                    throw new SQLException("no rows came back for " + r.query());
                }
                try (ResultSet result = statement.getResultSet()) {
                    handle(result, r.handler());
                }
                isResult = statement.getMoreResults();
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        } finally {
            held.clear();
        }
    }

    /** Streams rows to {@code sink}, for results too big to hold (the whole journal). */
    <T> void each(String query, List<?> parameters, RowMapper<T> mapper, Consumer<T> sink) {
        flush();
        try {
            PreparedStatement statement = prepare(query, parameters);
            statement.setFetchSize(500);
            try (ResultSet result = statement.executeQuery()) {
                handle(result, row -> sink.accept(mapper.map(row)));
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Holds a statement whose answer nobody reads (a write, mostly) until the next read or flush. */
    void hold(String statementText, List<?> parameters) {
        held.add(new Held(statementText, parameters));
    }

    void hold(String statementText) {
        hold(statementText, List.of());
    }

    /** Where the next held statement goes: a place for {@link #holdAt} to put one later. */
    int heldCount() {
        return held.size();
    }

    /** Holds a statement to be sent before those held after {@code position} ({@link #heldCount}). */
    void holdAt(int position, String statementText, List<?> parameters) {
        held.add(position, new Held(statementText, parameters));
    }

    /** Sends the held statements now. */
    void flush() {
        if (held.isEmpty()) {
            return;
        }
        try {
            if (pipelines) {
                prepareHeld().execute();
            } else {
                for (Held w : held) {
                    prepare(w.text(), w.parameters()).execute();
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        } finally {
            held.clear();
        }
    }

    /** Forgets the held statements unsent, for a request that failed before they were needed. */
    void discard() {
        held.clear();
    }

    /** How many times statements have gone to the database: tells whether a held one was sent. */
    long sends() {
        return sends;
    }

    private PreparedStatement prepareHeld() throws SQLException {
        StringBuilder text = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (Held w : held) {
            text.append(text.length() == 0 ? "" : ";\n").append(w.text());
            parameters.addAll(w.parameters());
        }
        return prepare(text.toString(), parameters);
    }

    private PreparedStatement prepare(String text, List<?> parameters) throws SQLException {
        PreparedStatement statement = prepared.get(text);
        if (statement == null) {
            statement = connection.prepareStatement(text);
            prepared.put(text, statement);
        }
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        sends++;
        return statement;
    }

    private static void handle(ResultSet rows, RowHandler handler) throws SQLException {
        while (rows.next()) {
            handler.accept(rows);
        }
    }

    /** Closes the kept statements and the connection. */
    @Override
    public void close() {
        prepared.values().forEach(Sql::quietlyClose);
        prepared.clear();
        quietlyClose(connection);
    }

    private static void quietlyClose(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception ignored) {
            // a statement or connection that cannot close cleanly is dropped either way
        }
    }
}
