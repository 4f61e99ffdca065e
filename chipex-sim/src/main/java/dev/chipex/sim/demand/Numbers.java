package dev.chipex.sim.demand;

/** Numbers as the Epoch export writes them: plain or exponent notation, sometimes with commas. */
final class Numbers {
    private Numbers() {
    }

    /** The value, or NaN when the field is empty. */
    static double parse(String text) {
        String clean = text.strip().replace(",", "");
        return clean.isEmpty() ? Double.NaN : Double.parseDouble(clean);
    }
}
