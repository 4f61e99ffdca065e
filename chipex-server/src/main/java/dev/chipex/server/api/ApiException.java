package dev.chipex.server.api;

import dev.chipex.core.problem.ChipexException;
import dev.chipex.core.problem.Problem;

import java.util.List;

/**
 * A request the API refuses with a 4xx status other than 422 (which is
 * {@link dev.chipex.core.problem.InvalidInputException}): malformed JSON, an unknown resource, a
 * missing or insufficient key, a body or batch that is too large.
 */
public final class ApiException extends ChipexException {
    private final int status;
    private final String title;
    private final List<Problem> errors;

    public ApiException(int status, String title, String detail, List<Problem> errors) {
        super(detail);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("an ApiException is a 4xx refusal, got " + status);
        }
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
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
}
