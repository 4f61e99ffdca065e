package dev.chipex.core.item;

/** The advanced-computing classifications chipex decides; NONE is outside 3A090/4A090 a and b. */
public enum Eccn {
    IC_3A090_A("3A090.a"),
    IC_3A090_B("3A090.b"),
    COMPUTER_4A090_A("4A090.a"),
    COMPUTER_4A090_B("4A090.b"),
    MODEL_WEIGHTS_4E091("4E091"),
    NONE("none");

    private final String code;

    Eccn(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The ".a" paragraph items: the ones the 2025 worldwide license requirement bites on. */
    public boolean isParagraphA() {
        return this == IC_3A090_A || this == COMPUTER_4A090_A;
    }

    public boolean isParagraphB() {
        return this == IC_3A090_B || this == COMPUTER_4A090_B;
    }

    /** The 4A090 entry for a computer whose chips have this classification. */
    public Eccn asComputer() {
        switch (this) {
            case IC_3A090_A:
                return COMPUTER_4A090_A;
            case IC_3A090_B:
                return COMPUTER_4A090_B;
            default:
                return this;
        }
    }

    public static Eccn fromCode(String code) {
        for (Eccn e : values()) {
            if (e.code.equalsIgnoreCase(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown ECCN '" + code + "'");
    }

    @Override
    public String toString() {
        return code;
    }
}
