package dev.chipex.core.country;

/** How sure we are of a fact; the tags of shared/design/REGULATION.md. */
public enum Confidence {
    /** Confirmed in the regulation or two agreeing reputable sources. */
    C,
    /** One reputable secondary source: verify against the eCFR. */
    S,
    /** Derived by arithmetic from confirmed numbers. */
    D,
    /** Unconfirmed placeholder: verify before relying on it. */
    U;

    public boolean needsVerification() {
        return this == S || this == U;
    }
}
