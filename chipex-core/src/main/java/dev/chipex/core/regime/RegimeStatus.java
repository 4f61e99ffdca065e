package dev.chipex.core.regime;

/** Whether a regime is law that is enforced, law that is not, repealed law or a proposal. */
public enum RegimeStatus {
    IN_FORCE("in-force"),
    NOT_ENFORCED("not-enforced"),
    RESCINDED("rescinded"),
    HYPOTHETICAL("hypothetical");

    private final String code;

    RegimeStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static java.util.Optional<RegimeStatus> fromCode(String code) {
        for (RegimeStatus s : values()) {
            if (s.code.equals(code)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return code;
    }
}
