package dev.chipex.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Plain JDBC on one connection, with SQLExceptions carried as {@link SqlFailure}. */
final class Sql {
    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
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

    /** Streams rows to {@code sink}, for results too big to hold (the whole journal). */
    <T> void each(String query, List<?> parameters, RowMapper<T> mapper, Consumer<T> sink) {
        try (PreparedStatement statement = prepare(query, parameters)) {
            statement.setFetchSize(500);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sink.accept(mapper.map(rows));
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    int update(String statementText, List<?> parameters) {
        try (PreparedStatement statement = prepare(statementText, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    private PreparedStatement prepare(String text, List<?> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(text);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }
}
