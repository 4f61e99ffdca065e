package dev.chipex.core.regime;

/** What a rule that overcomes a license requirement grants. */
public enum OutcomeKind {
    /** A license exception in 15 CFR Part 740 (AIA, LPP, ACA, ACM, NAC …). */
    EXCEPTION,
    /** An authorization outside Part 740: validated end user status, a deal, an approved license. */
    AUTHORIZATION
}
