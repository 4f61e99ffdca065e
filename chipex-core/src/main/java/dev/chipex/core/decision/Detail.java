package dev.chipex.core.decision;

/** How much of the reasoning a determination carries. The outcome is the same either way. */
public enum Detail {
    /** Explanation, trace and parameters: for a compliance officer's file. */
    FULL,
    /** Outcome, rule, policy, citation and quota effects only: for simulation at scale. */
    OUTCOME
}
