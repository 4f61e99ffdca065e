package dev.chipex.server;

import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.server.access.ApiKeys;
import dev.chipex.server.access.Caller;
import dev.chipex.server.access.NewKey;
import dev.chipex.server.access.Role;
import dev.chipex.server.access.ServerDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** API keys in a real store, SQLite and PostgreSQL. */
class ApiKeysTest {
    private static ServerDatabase database(String kind) {
        return (kind.equals("sqlite") ? TestDatabases.sqlite() : TestDatabases.postgres()).users();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void add_exporterKey_isFoundByItsSecretAndStoredOnlyAsAHash(String kind) throws Exception {
        ServerDatabase db = database(kind);
        ApiKeys keys = new ApiKeys(db, Clock.systemUTC());
        NewKey key = keys.add("Jane", Role.EXPORTER, Optional.of("Acme Chips"));
        assertThat(keys.find(key.secret())).contains(key.caller());
        assertThat(keys.find(key.secret() + "x")).isEmpty();
        try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT key_hash FROM server_api_keys")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).hasSize(64).doesNotContain(key.secret());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void add_exporterWithoutCompany_isRefusedAndNothingIsStored(String kind) {
        ApiKeys keys = new ApiKeys(database(kind), Clock.systemUTC());
        assertThatThrownBy(() -> keys.add("Jane", Role.EXPORTER, Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("--company");
        assertThat(keys.list()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void add_regulatorWithCompany_isRefused(String kind) {
        ApiKeys keys = new ApiKeys(database(kind), Clock.systemUTC());
        assertThatThrownBy(() -> keys.add("Rita", Role.REGULATOR, Optional.of("BIS")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("drop --company");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void add_twoKeys_haveDifferentSecretsAndAreListedInOrder(String kind) {
        ApiKeys keys = new ApiKeys(database(kind), Clock.systemUTC());
        NewKey first = keys.add("A", Role.ANALYST, Optional.empty());
        NewKey second = keys.add("B", Role.REGULATOR, Optional.empty());
        assertThat(first.secret()).isNotEqualTo(second.secret()).hasSize(43);
        assertThat(keys.list()).extracting(Caller::name).containsExactlyInAnyOrder("A", "B");
    }
}
