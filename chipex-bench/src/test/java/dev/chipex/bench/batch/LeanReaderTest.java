package dev.chipex.bench.batch;

import dev.chipex.cli.batch.CheckedBatch;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.core.shipment.ShipmentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmarks' lean reader hands its fields to the core reader, so it gives check --input's transactions. */
class LeanReaderTest {
    @Test
    void read_syntheticFile_givesWhatCheckInputReads(@TempDir Path dir) {
        Path file = dir.resolve("shipments.csv");
        SyntheticShipmentFile.write(file, 7, 2_000);

        try (CheckedBatch batch = CheckedBatch.check(file, ShipmentReader.of(RegimeCatalog.builtIn()))) {
            assertThat(new LeanReader().read(file)).hasSize(2_000).containsExactlyElementsOf(batch.transactions());
        }
    }
}
