package dev.chipex.core.ledger;

/** Why the ledger refused a request; a refused request changes nothing. */
public enum Refusal {
    /** The account has less available than asked for. */
    INSUFFICIENT_QUOTA(Category.CONFLICT),
    UNKNOWN_ACCOUNT(Category.NOT_FOUND),
    UNKNOWN_RESERVATION(Category.NOT_FOUND),
    /** The reservation was already committed, released or expired. */
    RESERVATION_SETTLED(Category.CONFLICT),
    RESERVATION_EXPIRED(Category.CONFLICT),
    ACCOUNT_EXISTS(Category.CONFLICT),
    AGREEMENT_EXISTS(Category.CONFLICT),
    /** The idempotency key was used before for a different request. */
    KEY_REUSED(Category.CONFLICT),
    /** The change needs a regulator. */
    NOT_AUTHORISED(Category.CONFLICT),
    /** A validated end user's deployment would break a fleet-share rule. */
    FLEET_SHARE_EXCEEDED(Category.CONFLICT);

    /** How a caller maps the refusal (the CLI: exit 3 or 4; HTTP: 404 or 409). */
    public enum Category { NOT_FOUND, CONFLICT }

    private final Category category;

    Refusal(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
