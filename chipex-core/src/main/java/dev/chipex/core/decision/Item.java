package dev.chipex.core.decision;

import dev.chipex.core.item.ChipSpec;

import java.util.Objects;
import java.util.OptionalDouble;

/** What is shipped: chips (or computers holding them), or the weights of a trained model. */
public sealed interface Item {
    String name();

    /**
     * Integrated circuits, or computers each holding {@code chipsPerUnit} of them (4A090).
     *
     * @param memoryBandwidthGBs total DRAM bandwidth per chip, when known (some review rules ask)
     */
    record Chips(String name, ChipSpec spec, int chipsPerUnit, OptionalDouble memoryBandwidthGBs) implements Item {
        public Chips {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(memoryBandwidthGBs, "memoryBandwidthGBs");
            if (chipsPerUnit < 1) {
                throw new IllegalArgumentException("chipsPerUnit must be at least 1");
            }
        }
    }

    /** Model weights: trained with {@code trainingOps} operations; open weights are published. */
    record ModelWeights(String name, double trainingOps, boolean openWeights) implements Item {
        public ModelWeights {
            Objects.requireNonNull(name, "name");
            if (!(trainingOps >= 0) || Double.isInfinite(trainingOps)) {
                throw new IllegalArgumentException("training operations must be 0 or more");
            }
        }
    }
}
