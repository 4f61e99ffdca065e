package dev.chipex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chipex.cli.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code chipex check --input}: batches in date order against one quota book. LPP (15 CFR 740.29)
 * allows 26,900,000 TPP per consignee per calendar year: 1,699 H100 SXM, so of two shipments of
 * 1,000 to one consignee only the earlier fits; 699 more would.
 */
class CheckBatchTest {
    @TempDir
    Path dir;

    private static final String HEADER = "id,date,item,quantity,destination,consignee,consignee_hq,veu";

    private Path file(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private static Cli.Result check(Path input, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("check", "--regime", "ai-diffusion-2025", "--input",
                input.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void batchCsv_laterShipmentListedFirst_findsLppUsedByTheEarlierOne() throws IOException {
        Path input = file("orders.csv", HEADER,
                "late,2025-09-01,H100,1000,IN,Acme Cloud,IN,",
                "early,2025-06-01,H100,1000,IN,acme  cloud,IN,",
                "other,2025-07-01,H100,1000,IN,Bharat AI,India,");

        Cli.Result result = check(input, "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode doc = Json.mapper().readTree(result.out());
        JsonNode rows = doc.get("transactions");
        assertThat(rows.findValuesAsText("id")).containsExactly("late", "early", "other");
        assertThat(rows.get(1).get("exception").asText()).isEqualTo("LPP");
        assertThat(rows.get(0).get("outcome").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(rows.get(0).get("shortfall").get("unitsThatFit").asLong()).isEqualTo(699);
        assertThat(rows.get(2).get("exception").asText()).isEqualTo("LPP");
        assertThat(doc.get("outcomes").get("EXCEPTION").asInt()).isEqualTo(2);
        assertThat(doc.get("outcomes").get("LICENSE_REQUIRED").asInt()).isEqualTo(1);
        assertThat(doc.get("assumeApprovals").asBoolean()).isTrue();
    }

    @Test
    void batchJsonLines_decideInDateOrderAndWriteOneLinePerShipment() throws IOException {
        Path input = file("orders.jsonl",
                "{\"id\":\"b\",\"date\":\"2025-08-01\",\"item\":\"H100\",\"quantity\":1000,\"destination\":\"IN\",\"consignee\":\"Acme\",\"consignee_hq\":\"IN\"}",
                "",
                "{\"id\":\"a\",\"date\":\"2025-07-01\",\"item\":\"H100\",\"quantity\":1000,\"destination\":\"IN\",\"consignee\":\"Acme\",\"consignee_hq\":\"IN\",\"h100e\":1000}",
                "{\"id\":\"w\",\"date\":\"2025-07-01\",\"kind\":\"model-weights\",\"training_ops\":3e26,\"open_weights\":false,\"destination\":\"DE\",\"consignee\":\"Berlin AI\",\"consignee_hq\":\"DE\"}");

        Cli.Result result = check(input, "--format", "jsonl");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode b = Json.mapper().readTree(lines.get(0));
        JsonNode a = Json.mapper().readTree(lines.get(1));
        JsonNode w = Json.mapper().readTree(lines.get(2));
        assertThat(b.get("id").asText()).isEqualTo("b");
        assertThat(b.get("outcome").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(a.get("exception").asText()).isEqualTo("LPP");
        assertThat(w.get("exception").asText()).isEqualTo("AIA");
        assertThat(w.get("control").asText()).isEqualTo("ai-diffusion-2025.aia-weights");
    }

    @Test
    void batchTable_endsWithACountPerOutcome() throws IOException {
        Path input = file("orders.csv", HEADER,
                "s1,2025-06-01,H100,1000,IN,Acme,IN,",
                "s2,2025-06-02,H100,1000,IN,Acme,IN,",
                "s3,2025-06-02,H100,50,CN,Dragon,CN,");

        Cli.Result result = check(input);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("s1  2025-06-01").contains("EXCEPTION LPP")
                .contains("LICENSE_REQUIRED presumption-of-denial").contains("pre-2025.headquarters-d5");
        assertThat(result.out().replace("\n", " ")).contains("3 shipments decided under ai-diffusion-2025 in date order")
                .contains("1 EXCEPTION, 2 LICENSE_REQUIRED");
    }

    @Test
    void batchCsvOutput_hasOneRowPerShipmentInInputOrder() throws IOException {
        Path input = file("orders.csv", HEADER, "x,2025-09-01,H100,10,IN,Acme,IN,", "y,2025-06-01,H100,10,DE,Bosch,DE,");

        List<String> lines = check(input, "--format", "csv").out().lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("x,EXCEPTION,LPP,");
        assertThat(lines.get(2)).startsWith("y,EXCEPTION,AIA,");
    }

    @Test
    void batchWithBadRows_reportsEveryProblemWithRowAndColumnAndDecidesNothing() throws IOException {
        Path input = file("bad.csv", HEADER,
                "a1,2025-06-01,H100,10,IN,Acme,IN,",
                "a2,2025-06-01,H100,-5,IN,Acme,IN,",
                "a3,2025-06-01,H100,10,Atlantis,Acme,IN,",
                "a1,2025-06-01,H100,10,IN,Acme,IN,SVEU",
                "a5,2025-06-01,H100,10,IN,Acme");

        Cli.Result result = check(input);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("5 problems")
                .contains("bad.csv:3: row 2, quantity: must be at least 1, got -5")
                .contains("bad.csv:4: row 3, destination: unknown country 'Atlantis'")
                .contains("bad.csv:5: row 4, id: duplicate id 'a1' (first used in row 1)")
                .contains("bad.csv:5: row 4, veu: 'SVEU' is not a validated-end-user status")
                .contains("bad.csv:6: row 5, consignee_hq: missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jsonl", "csv"})
    void batchWrittenRowByRow_badLastRow_writesNothingAndExits2(String format) throws IOException {
        List<String> rows = new java.util.ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 3_000; i++) {
            rows.add("s" + i + ",2025-06-01,H100,10,IN,Acme " + i + ",IN,");
        }
        rows.add("last,2025-06-02,H100,ten,IN,Acme,IN,");

        Cli.Result result = check(file("late-problem.csv", rows.toArray(String[]::new)), "--format", format);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("late-problem.csv:3002: row 3001, quantity: 'ten' is not a whole number");
    }

    @Test
    void batchMissingAColumn_namesTheColumnInTheHeader() throws IOException {
        Path input = file("nocolumn.csv", "id,date,item,destination,consignee,consignee_hq", "a,2025-06-01,H100,IN,Acme,IN");

        Cli.Result result = check(input);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("nocolumn.csv:1: header: column 'quantity' is missing");
    }

    @Test
    void batchMalformedJsonLine_isReportedWithItsRowAlongsideOtherProblems() throws IOException {
        Path input = file("bad.jsonl",
                "{\"id\":\"a\",\"date\":\"2025-06-01\",\"item\":\"H100\",\"quantity\":1,\"destination\":\"IN\",\"consignee\":\"A\",\"consignee_hq\":\"IN\"}",
                "{\"id\":\"b\",\"date\":",
                "{\"id\":\"c\",\"date\":\"2025-06-01\",\"item\":\"H100\",\"quantity\":0,\"destination\":\"IN\",\"consignee\":\"A\",\"consignee_hq\":\"IN\"}");

        Cli.Result result = check(input);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("bad.jsonl:2: row 2: not a JSON object")
                .contains("bad.jsonl:3: row 3, quantity: must be at least 1, got 0");
    }

    @Test
    void batchWithShipmentFlags_isRefused() throws IOException {
        Path input = file("orders.csv", HEADER, "a,2025-06-01,H100,10,IN,Acme,IN,");

        Cli.Result result = check(input, "--item", "H100");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("--input: a batch takes its shipments from the file only");
    }

    @Test
    void batchWithoutAssumedApprovals_leavesTheAllocationForLaterShipments() throws IOException {
        // Tier 2 allocation (90 FR 4544 Supp. 5 para. (b)): 790,000,000 TPP for 2025-2027.
        Path input = file("orders.csv", HEADER, "big,2025-06-01,H100,40000,IN,Acme,IN,", "next,2025-06-02,H100,20000,IN,Beta,IN,");

        JsonNode assumed = Json.mapper().readTree(check(input, "--format", "json").out());
        JsonNode notAssumed = Json.mapper().readTree(check(input, "--format", "json", "--no-assume-approvals").out());

        assertThat(assumed.get("transactions").get(1).get("policy").asText()).isEqualTo("presumption-of-denial");
        assertThat(notAssumed.get("transactions").get(1).get("policy").asText()).isEqualTo("presumption-of-approval");
    }

    @Test
    void batchExampleFile_isDecided() {
        Cli.Result result = Cli.run("check", "--regime", "ai-diffusion-2025", "--input", "../examples/shipments.csv");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("AUTHORIZED NVEU").contains("LPP has room for 699");
    }
}
