package dev.chipex.core.problem;

/** Base of every chipex throwable; unchecked, and always carries context in its message. */
public class ChipexException extends RuntimeException {
    public ChipexException(String message) {
        super(message);
    }

    public ChipexException(String message, Throwable cause) {
        super(message, cause);
    }
}
