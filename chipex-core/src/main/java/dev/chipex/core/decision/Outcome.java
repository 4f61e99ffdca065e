package dev.chipex.core.decision;

/** The four outcomes a determination can have. */
public enum Outcome {
    /** No license required: no control applies. */
    NLR,
    /** A license exception overcomes the requirement. */
    EXCEPTION,
    /** An authorization (validated end user, deal, approved license) overcomes it. */
    AUTHORIZED,
    /** A license is required; the determination names the review policy. */
    LICENSE_REQUIRED;

    /** Whether the shipment may go ahead without applying for a license. */
    public boolean licenseFree() {
        return this != LICENSE_REQUIRED;
    }
}
