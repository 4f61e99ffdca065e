package dev.chipex.sim;

/**
 * The one uniform draw per record and run that decides license approvals ({@link Seeds#uniform}),
 * shared by every regime of the run: regimes take turns record by record, so the draw is made
 * once for the record in hand rather than once per regime that reviews it. Not thread-safe: one
 * per run.
 */
final class ApprovalDraws {
    private final long runSeed;
    private int record = -1;
    private double uniform;

    ApprovalDraws(long runSeed) {
        this.runSeed = runSeed;
    }

    /** {@code Seeds.uniform(runSeed, record)}, made again only when the record changes. */
    double uniform(int record) {
        if (record != this.record) {
            this.uniform = Seeds.uniform(runSeed, record);
            this.record = record;
        }
        return uniform;
    }
}
