package dev.chipex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CompareCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = ChipexCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void compare_jsonFormat_printsEveryBuiltInRegimeOnTheWorldDemand() throws Exception {
        assertThat(run("compare", "--runs", "1", "--format", "json")).isEqualTo(ExitCodes.OK);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("regimes")).hasSize(8);
        assertThat(root.get("dataset").get("name").asText()).isEqualTo("chipex world demand");
        assertThat(root.get("dataset").get("license").asText()).contains("CC BY 4.0");
        assertThat(root.get("dataset").get("attribution").asText()).contains("Epoch AI").contains("World Bank");
        JsonNode diffusion = root.get("regimes").get(1);
        assertThat(diffusion.get("countries").size()).isGreaterThan(100);
        assertThat(diffusion.get("fleets").findValuesAsText("holder")).contains("Microsoft", "Oracle");
    }

    @Test
    void compare_epochClusters_isStillSelectable() throws Exception {
        assertThat(run("compare", "--runs", "1", "--format", "json", "--demand", "epoch-clusters",
                "--regimes", "pre-2025")).isEqualTo(ExitCodes.OK);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("dataset").get("name").asText()).isEqualTo("Epoch AI GPU Clusters");
        assertThat(root.get("dataset").get("license").asText()).isEqualTo("CC BY 4.0");
    }

    @Test
    void compare_shiftToWithoutTheClusterDemand_exitsInvalidInputWithTheFix() {
        assertThat(run("compare", "--runs", "1", "--shift-to", "2026")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("--shift-to").contains("--demand epoch-clusters");
    }

    @Test
    void compare_defaultTable_fitsAHundredColumnsAndWritesTheReport(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("out.html");
        assertThat(run("compare", "--runs", "2", "--regimes", "pre-2025,option-2-us-monopoly", "--report",
                report.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
        assertThat(out.toString()).contains("A*").contains("option-2-us-monopoly");
        assertThat(Files.readString(report)).contains("data-charts-rendered").contains("Epoch AI");
        assertThat(err.toString()).contains("report written to");
    }

    @Test
    void compare_unknownRegime_exitsNotFoundNamingIt() {
        assertThat(run("compare", "--regimes", "pre-2025,option-9")).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(err.toString()).contains("unknown regime 'option-9'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void compare_baselineNotCompared_exitsInvalidInputWithTheFix() {
        assertThat(run("compare", "--regimes", "pre-2025", "--baseline", "ai-diffusion-2025"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("--baseline").contains("add it to --regimes");
    }

    @Test
    void simulate_missingDemandFile_exitsInvalidInputAndWritesNothing(@TempDir Path dir) {
        Path report = dir.resolve("r.html");
        assertThat(run("simulate", "--regime", "pre-2025", "--demand", dir.resolve("none.csv").toString(),
                "--report", report.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("--demand").contains("cannot read");
        assertThat(report).doesNotExist();
    }

    @Test
    void simulate_demandCsv_reportsTheFileAsTheDataset(@TempDir Path dir) throws Exception {
        Path demand = dir.resolve("d.csv");
        Files.writeString(demand, "id,date,item,quantity,destination,consignee,consignee_hq\n"
                + "a,2026-03-01,NVIDIA H100 SXM,20000,CN,Lab,CN\n");
        assertThat(run("simulate", "--regime", "option-2-us-monopoly", "--demand", demand.toString(), "--runs", "1",
                "--format", "csv")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("regime,metric,value,p05,p95")
                .contains("option-2-us-monopoly,licenseApplications,1,");
    }

    @Test
    void compare_help_teachesTheOptionsWithTheirDefaults() {
        assertThat(run("compare", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("90% interval").contains("--shift-to").contains("Example:");
    }

    @Test
    void compare_regimeFile_comparesTheReformBesideABuiltIn(@TempDir Path dir) throws Exception {
        Path reform = dir.resolve("reform.yaml");
        Files.writeString(reform, """
                id: my-reform
                title: Diffusion rule with twice the Tier 2 allocation
                citation: test
                version: "1"
                extends: ai-diffusion-2025
                parameters:
                  tier2-allocation: {unit: tpp, description: doubled, citation: test, value: 1580000000}
                """);
        assertThat(run("compare", "--runs", "1", "--format", "json", "--regimes", "ai-diffusion-2025,my-reform",
                "--regime-file", reform.toString())).isEqualTo(ExitCodes.OK);
        JsonNode regimes = new ObjectMapper().readTree(out.toString()).get("regimes");
        assertThat(regimes.findValuesAsText("regime")).containsExactly("ai-diffusion-2025", "my-reform");
        assertThat(regimes.get(1).get("shippedH100e").asDouble()).isGreaterThan(regimes.get(0).get("shippedH100e").asDouble());
    }

    @Test
    void simulate_records_writesEveryDecidedTrancheWithItsOutcomeRuleAndQuota(@TempDir Path dir) throws Exception {
        Path records = dir.resolve("decisions.csv");
        assertThat(run("simulate", "--regime", "ai-diffusion-2025", "--runs", "1", "--format", "csv", "--records",
                records.toString())).isEqualTo(ExitCodes.OK);
        String csv = Files.readString(records);
        assertThat(csv).startsWith("regime,id,date,destination,buyer,buyer_hq,veu,item,quantity,buyers,h100e,outcome,")
                .contains(",EXCEPTION,LPP,").contains(",LICENSE_REQUIRED,,presumption-of-approval,")
                .contains(",AUTHORIZED,UVEU,");
        assertThat(csv.lines().count()).isGreaterThan(5000);
        assertThat(err.toString()).contains("decisions written to");
    }
}
