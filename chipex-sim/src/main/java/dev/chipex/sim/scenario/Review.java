package dev.chipex.sim.scenario;

/** What happens to a license application under one review policy. */
public record Review(Uncertain approval, int delayDays) {
    public Review {
        if (approval.low() < 0 || approval.high() > 1) {
            throw new IllegalArgumentException("an approval probability lies between 0 and 1");
        }
        if (delayDays < 0) {
            throw new IllegalArgumentException("delay days cannot be negative");
        }
    }
}
