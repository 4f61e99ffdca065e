package dev.chipex.core.ledger;

/** Where a reservation stands; only a HELD one can be committed or released. */
public enum ReservationState { HELD, COMMITTED, RELEASED, EXPIRED }
