package dev.chipex.cli;

import dev.chipex.core.item.Classifier;
import dev.chipex.core.problem.InvalidInputException;
import picocli.CommandLine.Option;

/** An amount of quota, in TPP or in H100-equivalents; exactly one of the two. */
final class AmountOptions {
    @Option(names = "--tpp", paramLabel = "TPP", description = "Amount in TPP (total processing performance).")
    Long tpp;

    @Option(names = "--h100e", paramLabel = "N", description = "Amount in H100-equivalents (x 15,832 TPP).")
    Double h100e;

    long tpp(String what) {
        if ((tpp == null) == (h100e == null)) {
            throw InvalidInputException.of("--tpp/--h100e", "give the " + what + " with exactly one of --tpp or --h100e");
        }
        long amount = tpp != null ? tpp : Math.round(h100e * Classifier.bundled().h100eTpp());
        if (amount < 0) {
            throw InvalidInputException.of("--tpp/--h100e", "the " + what + " cannot be negative");
        }
        return amount;
    }
}
