package dev.chipex.cli;

/** The documented exit codes (listed in {@code chipex --help}). */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int INVALID_INPUT = 2;
    static final int NOT_FOUND = 3;
    static final int CONFLICT = 4;
    static final int AUDIT_FAILED = 5;

    private ExitCodes() {
    }
}
