package dev.chipex.ledger;

import java.sql.SQLException;

/** Carries a SQLException through the core's session interface to the transaction runner. */
final class SqlFailure extends RuntimeException {
    SqlFailure(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    SQLException sqlException() {
        return (SQLException) getCause();
    }
}
