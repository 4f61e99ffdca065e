package dev.chipex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's ledger walk-through, run for real against a SQLite file. */
class LedgerCommandTest extends LedgerCliFixture {
    static final String INDIA = "COUNTRY_ALLOCATION/IN/2025-2027";

    long availableTpp() throws Exception {
        assertThat(chipex("ledger", "balance", INDIA, "--format", "json")).isZero();
        return new ObjectMapper().readTree(out.toString()).get("availableTpp").asLong();
    }

    @Test
    void ledger_shipmentsAgainstACountryAllocation_lowerTheBalance() throws Exception {
        assertThat(chipex("ledger", "open", INDIA, "--tpp", "790000000", "--reason", "Tier 2 allocation",
                "--actor", "bis")).isZero();
        assertThat(chipex("ledger", "reserve", INDIA, "--h100e", "1000", "--idempotency-key", "ship-1",
                "--format", "json")).isZero();
        JsonNode reserved = new ObjectMapper().readTree(out.toString()).get(0);
        assertThat(reserved.get("reservation").asText()).isEqualTo("res-2");
        assertThat(reserved.get("amountTpp").asLong()).isEqualTo(15_832_000);
        assertThat(chipex("ledger", "commit", "res-2")).isZero();
        assertThat(availableTpp()).isEqualTo(790_000_000L - 15_832_000);
        assertThat(chipex("ledger", "verify")).isZero();
        assertThat(out.toString()).contains("true");
    }

    @Test
    void reserve_retriedWithTheSameKey_reservesOnce() throws Exception {
        chipex("ledger", "open", INDIA, "--tpp", "1000", "--reason", "test");
        assertThat(chipex("ledger", "reserve", INDIA, "--tpp", "400", "--idempotency-key", "k1")).isZero();
        assertThat(chipex("ledger", "reserve", INDIA, "--tpp", "400", "--idempotency-key", "k1")).isZero();
        assertThat(out.toString()).contains("true");
        assertThat(availableTpp()).isEqualTo(600);
    }

    @Test
    void reserve_moreThanAvailable_exitsWithConflictAndSaysWhatIsLeft() {
        chipex("ledger", "open", INDIA, "--tpp", "1000", "--reason", "test");
        assertThat(chipex("ledger", "reserve", INDIA, "--tpp", "1001")).isEqualTo(ExitCodes.CONFLICT);
        assertThat(err.toString()).contains("INSUFFICIENT_QUOTA").contains("only 1000 TPP is available");
    }

    @Test
    void commit_unknownReservation_exitsNotFound() {
        assertThat(chipex("ledger", "commit", "res-42")).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(err.toString()).contains("no reservation 'res-42'");
    }

    @Test
    void reserve_withABadAccountId_exitsInvalidInputNamingTheFormat() {
        assertThat(chipex("ledger", "reserve", "INDIA", "--tpp", "1")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("account").contains("KIND/holder/period");
    }

    @Test
    void agreements_addADeal_opensItsAccountAndListsIt() {
        assertThat(chipex("ledger", "agreements", "add", "AE-2025", "--kind", "DEAL", "--country", "AE",
                "--from", "2025-05-15", "--quota-tpp", "7916000000", "--period", "2025",
                "--terms", "500,000 advanced chips a year (reported)")).isZero();
        assertThat(chipex("ledger", "agreements", "--format", "csv")).isZero();
        assertThat(out.toString()).contains("AE-2025,DEAL,AE,2025-05-15,7916000000");
        assertThat(chipex("ledger", "accounts")).isZero();
        assertThat(out.toString()).contains("DEAL/AE-2025/2025");
    }
}
