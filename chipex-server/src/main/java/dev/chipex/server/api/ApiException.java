package dev.chipex.server.api;

import dev.chipex.core.problem.ChipexException;
import dev.chipex.core.problem.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the API refuses with a 4xx status other than 422 (which is
 * {@link dev.chipex.core.problem.InvalidInputException}): malformed JSON, an unknown resource, a
 * missing or insufficient key, a body or batch that is too large.
 */
public final class ApiException extends ChipexException {
    private final int status;
    private final String title;
    private final List<Problem> errors;
    private final Map<String, Object> extensions;

    public ApiException(int status, String title, String detail, List<Problem> errors) {
        this(status, title, detail, errors, Map.of());
    }

    /** @param extensions extra members of the problem document (RFC 9457 §3.2), e.g. {@code availableTpp} */
    public ApiException(int status, String title, String detail, List<Problem> errors, Map<String, Object> extensions) {
        super(detail);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("an ApiException is a 4xx refusal, got " + status);
        }
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public static ApiException malformed(String detail) {
        return new ApiException(400, "Malformed request", detail, List.of());
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(401, "Unauthorized", detail, List.of());
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "Forbidden", detail, List.of());
    }

    public static ApiException notFound(String path, String detail) {
        return new ApiException(404, "Not found", detail, List.of(Problem.of(path, detail)));
    }

    public static ApiException conflict(String detail, Map<String, Object> extensions) {
        return new ApiException(409, "Conflict", detail, List.of(), extensions);
    }

    public static ApiException tooMany(String detail) {
        return new ApiException(429, "Too many requests", detail, List.of());
    }

    public static ApiException tooLarge(String path, String detail) {
        return new ApiException(413, "Request too large", detail, List.of(Problem.of(path, detail)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
