package dev.chipex.cli;

import dev.chipex.core.decision.Transaction;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.regime.RegimeCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The public entry to check --input's reader gives the command's transactions and problems. */
class BatchReaderTest {
    @TempDir
    Path dir;

    private static final String HEADER = "id,date,item,quantity,destination,consignee,consignee_hq,veu";

    @Test
    void read_validFile_givesTransactionsInFileOrderWithCountriesResolved() throws IOException {
        Path file = Files.writeString(dir.resolve("ok.csv"), HEADER + "\n"
                + "b,2025-09-01,H100,10,India,Acme Cloud,IN,\n"
                + "a,2025-06-01,H20,5,AE,Gulf AI,AE,UVEU\n");

        List<Transaction> read = BatchReader.read(file, RegimeCatalog.builtIn());

        assertThat(read).extracting(Transaction::id).containsExactly("b", "a");
        assertThat(read.get(0).destination()).isEqualTo("IN");
        assertThat(read.get(0).date()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(read.get(1).veu()).contains("UVEU");
    }

    @Test
    void read_badRows_listsEveryProblemByLineRowAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), HEADER + "\n"
                + "a,2025-06-01,H100,10,IN,Acme,IN,\n"
                + "b,2025-13-01,H100,0,IN,Acme,IN,\n");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> BatchReader.read(file, RegimeCatalog.builtIn()));

        assertThat(e.problems()).extracting(Problem::line).containsOnly(3);
        assertThat(e.problems()).extracting(Problem::path).containsExactly("row 2, date", "row 2, quantity");
    }
}
