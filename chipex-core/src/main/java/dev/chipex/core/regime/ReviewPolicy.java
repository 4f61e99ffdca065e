package dev.chipex.core.regime;

/** How BIS reviews a license application. */
public enum ReviewPolicy {
    PRESUMPTION_OF_APPROVAL("presumption-of-approval"),
    CASE_BY_CASE("case-by-case"),
    PRESUMPTION_OF_DENIAL("presumption-of-denial");

    private final String code;

    ReviewPolicy(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static java.util.Optional<ReviewPolicy> fromCode(String code) {
        for (ReviewPolicy p : values()) {
            if (p.code.equals(code)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return code;
    }
}
