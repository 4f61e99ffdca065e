package dev.chipex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code check --ledger/--commit} against a real SQLite ledger: LPP is 1,699 H100 a year (15 CFR 740.29). */
class CheckLedgerTest {
    @TempDir
    Path folder;

    private Cli.Result check(long quantity, String... more) {
        List<String> args = new ArrayList<>(List.of("check", "--regime", "ai-diffusion-2025", "--date", "2025-06-01",
                "--item", "H100", "--quantity", Long.toString(quantity), "--destination", "IN",
                "--consignee", "Acme Cloud", "--consignee-hq", "IN", "--ledger", folder.resolve("l.db").toString(),
                "--format", "json"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static JsonNode json(Cli.Result result) throws IOException {
        assertThat(result.err()).isEmpty();
        return new ObjectMapper().readTree(result.out());
    }

    @Test
    void commit_recordsTheLppDebit_andLaterChecksSeeIt() throws IOException {
        JsonNode first = json(check(1_000, "--commit", "--idempotency-key", "po-1"));
        assertThat(first.get("exception").asText()).isEqualTo("LPP");
        assertThat(first.get("ledger").get("recorded").asBoolean()).isTrue();
        assertThat(first.get("ledger").get("replayed").asBoolean()).isFalse();

        JsonNode second = json(check(1_000));
        assertThat(second.get("outcome").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(second.get("shortfall").get("unitsThatFit").asLong()).isEqualTo(699);
        assertThat(second.has("ledger")).isFalse();
    }

    @Test
    void commit_retriedWithTheSameKey_givesTheFirstAnswerAndDebitsOnce() throws IOException {
        check(1_000, "--commit", "--idempotency-key", "po-1");
        JsonNode retry = json(check(1_000, "--commit", "--idempotency-key", "po-1"));

        assertThat(retry.get("exception").asText()).isEqualTo("LPP");
        assertThat(retry.get("ledger").get("replayed").asBoolean()).isTrue();
        assertThat(Cli.run("ledger", "balance", "CONSIGNEE_YEAR/acme cloud/2025", "--ledger",
                folder.resolve("l.db").toString()).out()).contains("15832000");
    }

    @Test
    void commit_licenseRequired_recordsNothing() throws IOException {
        JsonNode big = json(check(5_000, "--commit"));

        assertThat(big.get("outcome").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(big.get("ledger").get("recorded").asBoolean()).isFalse();
        assertThat(Cli.run("ledger", "accounts", "--ledger", folder.resolve("l.db").toString(), "--format", "json")
                .out().strip()).isEqualTo("[ ]");
    }

    @Test
    void check_recordedGovernmentAgreement_doublesTheAllocation() throws IOException {
        // 60,000 H100e exceed India's 49,901 H100e allocation but fit the doubled one (90 FR 4544; White House fact sheet).
        assertThat(json(check(60_000)).get("policy").asText()).isEqualTo("presumption-of-denial");

        assertThat(Cli.run("ledger", "agreements", "add", "IN-G2G", "--kind", "GOVERNMENT_TO_GOVERNMENT", "--country",
                "IN", "--from", "2025-03-01", "--ledger", folder.resolve("l.db").toString()).exitCode()).isZero();

        JsonNode after = json(check(60_000));
        assertThat(after.get("policy").asText()).isEqualTo("presumption-of-approval");
        assertThat(after.get("parameters").get("ai-diffusion-2025.tier2-allocation.agreement").asText())
                .contains("g2g agreement in force");
    }

    @Test
    void commit_withoutLedger_namesTheMissingOption() {
        Cli.Result result = Cli.run("check", "--regime", "ai-diffusion-2025", "--date", "2025-06-01", "--item", "H100",
                "--quantity", "1", "--destination", "IN", "--consignee", "Acme", "--consignee-hq", "IN", "--commit");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("--commit").contains("--ledger");
    }

    @Test
    void batchCommit_rerunOfTheSameFile_recordsNothingTwice() throws IOException {
        Path file = folder.resolve("s.csv");
        Files.writeString(file, "id,date,item,quantity,destination,consignee,consignee_hq,veu\n"
                + "a,2025-06-01,H100,1000,IN,Acme,IN,\n"
                + "b,2025-07-01,H100,600,IN,Acme,IN,\n"
                + "c,2025-08-01,H100,600,IN,Acme,IN,\n");
        String[] args = {"check", "--regime", "ai-diffusion-2025", "--input", file.toString(), "--ledger",
                folder.resolve("l.db").toString(), "--commit", "--idempotency-key", "batch-1", "--format", "csv"};

        Cli.Result first = Cli.run(args);
        Cli.Result again = Cli.run(args);

        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).contains("2 shipments' debits recorded, 0 replayed");
        assertThat(first.out()).contains("c,LICENSE_REQUIRED");
        assertThat(again.err()).contains("0 shipments' debits recorded, 2 replayed");
        // A replay is decided again without its own debits: the same outcome and rule, though the balances
        // it quotes include what later rows of the first run took.
        assertThat(decisions(again.out())).isEqualTo(decisions(first.out())).hasSize(4);
    }

    /** The id, outcome, exception, policy and control columns of each CSV row. */
    private static List<String> decisions(String csv) {
        return csv.lines().map(line -> String.join(",", List.of(line.split(",", -1)).subList(0, 5))).toList();
    }
}
