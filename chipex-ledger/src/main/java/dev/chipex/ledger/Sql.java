package dev.chipex.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Plain JDBC on one connection, each statement sent when it is called, with SQLExceptions carried
 * as {@link SqlFailure} through the core's session interface (which declares none).
 */
final class Sql implements AutoCloseable {
    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
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
        each(query, parameters, mapper, rows::add);
        return rows;
    }

    /** Streams rows to {@code sink}, so results too big to hold (the whole journal) need not be. */
    <T> void each(String query, List<?> parameters, RowMapper<T> mapper, Consumer<T> sink) {
        try (PreparedStatement statement = prepare(query, parameters)) {
            statement.setFetchSize(500);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    sink.accept(mapper.map(result));
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** A write; how many rows it changed. */
    int update(String statementText, List<?> parameters) {
        try (PreparedStatement statement = prepare(statementText, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** A statement without parameters or rows: transaction control (BEGIN, SAVEPOINT, ...). */
    void execute(String statementText) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(statementText);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    private PreparedStatement prepare(String text, List<?> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(text);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // a connection that cannot close cleanly is dropped either way: the database rolls back
            // what it did not commit
        }
    }
}
