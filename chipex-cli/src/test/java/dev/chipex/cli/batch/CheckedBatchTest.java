package dev.chipex.cli.batch;

import dev.chipex.core.decision.BatchDecider;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.core.shipment.ShipmentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The first pass over a batch file (every row checked, nothing decided) and the rows it then hands over. */
class CheckedBatchTest {
    private static final String HEADER = "id,date,item,quantity,destination,consignee,consignee_hq,veu";
    private final ShipmentReader reader = ShipmentReader.of(RegimeCatalog.builtIn());

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static List<String> ids(List<Transaction> transactions) {
        return transactions.stream().map(Transaction::id).toList();
    }

    private static List<String> inDateOrder(CheckedBatch batch) {
        List<String> ids = new ArrayList<>();
        batch.inDateOrder((place, t) -> ids.add(t.id()));
        return ids;
    }

    @Test
    void check_validFile_givesTransactionsInFileOrderWithCountriesResolved() throws IOException {
        Path file = file("ok.csv", HEADER + "\nb,2025-09-01,H100,10,India,Acme Cloud,IN,\na,2025-06-01,H20,5,AE,Gulf AI,AE,UVEU\n");

        try (CheckedBatch batch = CheckedBatch.check(file, reader)) {
            List<Transaction> read = batch.transactions();
            assertThat(ids(read)).containsExactly("b", "a");
            assertThat(read.get(0).destination()).isEqualTo("IN");
            assertThat(read.get(0).date()).isEqualTo(LocalDate.of(2025, 9, 1));
            assertThat(read.get(1).veu()).contains("UVEU");
            assertThat(batch.size()).isEqualTo(2);
            assertThat(batch.inDateOrder()).isFalse();
        }
    }

    @Test
    void check_badRows_listsEveryProblemByLineRowAndColumnWithARepeatedIdFirstInItsRow() throws IOException {
        Path file = file("bad.csv", HEADER + ",colour\n"
                + "a,2025-06-01,H100,10,IN,Acme,IN,,\n"
                + "b,2025-13-01,H100,0,IN,Acme,IN,,\n"
                + "a,2025-06-01,H100,10,Narnia,Acme,IN,,\n");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CheckedBatch.check(file, reader));

        assertThat(e.problems()).extracting(Problem::line).containsExactly(1, 3, 3, 4, 4);
        assertThat(e.problems()).extracting(Problem::path).containsExactly("header", "row 2, date", "row 2, quantity",
                "row 3, id", "row 3, destination");
        assertThat(e.problems().get(3).message()).isEqualTo("duplicate id 'a' (first used in row 1); give each shipment an "
                + "id of its own");
    }

    @Test
    void check_jsonLinesWithBadLines_reportsTheirShapeBeforeTheRowsProblems() throws IOException {
        Path file = file("bad.jsonl", "{\"id\":\"a\",\"date\":\"2025-06-01\",\"item\":\"H100\",\"quantity\":0,"
                + "\"destination\":\"IN\",\"consignee\":\"A\",\"consignee_hq\":\"IN\"}\n\n[1]\n{\"id\":\"c\",\"colour\":\"red\"}\n");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CheckedBatch.check(file, reader));

        assertThat(e.problems()).extracting(p -> p.line() + " " + p.path()).startsWith("3 row 2", "4 row 3")
                .contains("1 row 1, quantity", "4 row 3, date");
    }

    @Test
    void check_outOfDateOrderWithSortsSpillingToDisk_handsRowsOverInStableDateOrder() throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        List<Transaction> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            text.append("s").append(i).append(',').append(LocalDate.of(2025, 6, 1).plusDays((i * 37) % 23)).append(",H100,")
                    .append(i + 1).append(",IN,\"Åcme, 😀 ").append(i % 3).append("\",IN,\r\n");
        }
        Path file = file("shuffled.csv", "\uFEFF" + text);

        try (CheckedBatch batch = CheckedBatch.check(file.toString(), InputStream.nullInputStream(), reader, n -> { }, 3)) {
            List<Transaction> all = batch.transactions();
            BatchDecider.dateOrder(all).forEach(i -> expected.add(all.get(i)));
            List<Transaction> sorted = new ArrayList<>();
            batch.inDateOrder((place, t) -> sorted.add(t));

            assertThat(sorted).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void check_repeatedIdsFarApartWithSortsSpilling_areEachFound() throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 100; i++) {
            text.append(i == 90 ? "s7" : "s" + i).append(",2025-06-01,H100,1,IN,A,IN,\n");
        }
        Path file = file("twice.csv", text.toString());

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> CheckedBatch.check(file.toString(), InputStream.nullInputStream(), reader, n -> { }, 4));

        assertThat(e.problems()).singleElement().hasToString(file + ":92: row 91, id: duplicate id 's7' (first used in "
                + "row 8); give each shipment an id of its own");
    }

    @Test
    void repeats_idsWhoseHashesMeetButDiffer_areNotRepeats() {
        Map<Integer, Integer> repeats = DuplicateIds.repeats(Map.of(1, 42L, 5, 42L, 9, 42L), Map.of(1, "x", 5, "y", 9, "x"));

        assertThat(repeats).containsExactly(Map.entry(9, 1));
    }

    @Test
    void check_standardInput_isReadFromItsCopyAndTheCopyDeletedOnClose() throws IOException {
        byte[] text = (HEADER + "\nb,2025-09-01,H100,10,IN,Acme,IN,\na,2025-06-01,H100,10,IN,Acme,IN,\n")
                .getBytes(StandardCharsets.UTF_8);
        List<Path> before = work();

        try (CheckedBatch batch = CheckedBatch.check("-", new ByteArrayInputStream(text), reader, n -> { })) {
            assertThat(inDateOrder(batch)).containsExactly("a", "b");
        }

        assertThat(work()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void check_badInput_namesTheProblemAndLeavesNoWorkFiles() throws IOException {
        List<Path> before = work();
        Path malformed = Files.write(dir.resolve("latin1.csv"), (HEADER + "\na,2025-06-01,H100,1,IN,M\u00fcller,DE,\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> CheckedBatch.check(dir.resolve("none.csv"), reader)))
                .hasMessageContaining("--input: cannot read '" + dir.resolve("none.csv") + "' (NoSuchFileException)");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> CheckedBatch.check(malformed, reader)))
                .hasMessageContaining("(MalformedInputException)");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> CheckedBatch.check(file("empty.csv", HEADER + "\n"),
                reader))).hasMessageContaining("no shipments in the file");
        assertThat(work()).containsExactlyInAnyOrderElementsOf(before);
    }

    private static List<Path> work() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("chipex-batch-")).toList();
        }
    }
}
