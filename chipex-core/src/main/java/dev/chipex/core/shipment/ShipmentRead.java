package dev.chipex.core.shipment;

import dev.chipex.core.decision.Transaction;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;

import java.util.List;
import java.util.Objects;

/** What the reader made of one shipment: a transaction, or the problems that stop one being made. */
public sealed interface ShipmentRead permits ShipmentRead.Accepted, ShipmentRead.Rejected {
    /** Every problem found; none when accepted. */
    List<Problem> problems();

    /** The transaction, or an {@link InvalidInputException} listing every problem. */
    Transaction orThrow();

    record Accepted(Transaction transaction) implements ShipmentRead {
        public Accepted {
            Objects.requireNonNull(transaction, "transaction");
        }

        @Override
        public List<Problem> problems() {
            return List.of();
        }

        @Override
        public Transaction orThrow() {
            return transaction;
        }
    }

    /**
     * No transaction. The list is empty only when the source lacks a required column altogether,
     * which the source reports once (a CSV header) rather than on every row.
     */
    record Rejected(List<Problem> problems) implements ShipmentRead {
        public Rejected {
            problems = List.copyOf(problems);
        }

        @Override
        public Transaction orThrow() {
            throw new InvalidInputException(problems);
        }
    }
}
