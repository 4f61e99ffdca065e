package dev.chipex.ledger;

import dev.chipex.core.ledger.Actor;
import dev.chipex.core.ledger.Adjustment;
import dev.chipex.core.ledger.Agreement;
import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.LedgerResult;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.ledger.Refusal;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaDebit;
import dev.chipex.core.quota.QuotaKind;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V3 folds the request table into the journal. A ledger written under V2 must come through with
 * every entry and hash as it was, every request replaying as before and every key still taken.
 *
 * <p>The V2 ledger is made the way V2 code wrote it: a ledger is run on the current schema, and
 * its rows are copied into a database migrated only to V2, the request table filled from the
 * fingerprints the journal now carries (the journal, account and reservation rows are the same
 * under both versions; only where the fingerprint is kept differs). After V3, its journal must
 * equal the original's column for column: the backfill put each fingerprint where the current
 * code puts it.
 */
class RequestsInJournalMigrationTest {
    static final QuotaAccount INDIA = new QuotaAccount(QuotaKind.COUNTRY_ALLOCATION, "IN", "2025-2027");
    static final QuotaAccount ACME = new QuotaAccount(QuotaKind.CONSIGNEE_YEAR, "acme cloud", "2025");
    static final QuotaAccount GLOBEX = new QuotaAccount(QuotaKind.CONSIGNEE_YEAR, "globex", "2025");
    static final Actor EXPORTER = Actor.exporter("acme exports");
    static final Actor REGULATOR = Actor.regulator("bis");
    static final String JOURNAL = "SELECT seq, request_key, recorded_at, entry_type, account_id, amount_tpp, "
            + "reservation_id, expires_at, capacity_after, committed_after, reserved_after, actor, note, prev_hash, "
            + "hash, fingerprint, request_first_seq FROM journal ORDER BY seq";
    static final String[] PROJECTIONS = {"account", "reservation", "installed_compute", "agreement"};

    @TempDir
    Path folder;
    private final List<PostgresSchema> schemas = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));

    @AfterEach
    void dropSchemas() {
        schemas.forEach(PostgresSchema::close);
    }

    private String newStore(String store, String name) {
        if (store.equals("sqlite")) {
            return "jdbc:sqlite:" + folder.resolve(name + ".db");
        }
        PostgresSchema schema = PostgresSchema.create();
        schemas.add(schema);
        return schema.url();
    }

    /** Requests of every kind, by key: several entries to one request, expiries, a settled and a held reservation. */
    private Map<String, Function<QuotaLedger, LedgerResult>> requests() {
        Instant soon = clock.instant().plus(Duration.ofMinutes(5));
        Instant later = clock.instant().plus(Duration.ofDays(1));
        Map<String, Function<QuotaLedger, LedgerResult>> requests = new LinkedHashMap<>();
        requests.put("open-in", l -> l.openAccount(LedgerRequest.of("open-in", REGULATOR), INDIA, 1_000, "allocation"));
        requests.put("r-1", l -> l.reserve(LedgerRequest.of("r-1", EXPORTER), INDIA, 100, soon));
        requests.put("r-2", l -> l.reserve(LedgerRequest.of("r-2", EXPORTER), INDIA, 200, later));
        requests.put("r-3", l -> l.reserve(LedgerRequest.of("r-3", EXPORTER), INDIA, 50, later));
        requests.put("c-2", l -> l.commit(LedgerRequest.of("c-2", EXPORTER), "res-3"));
        requests.put("x-3", l -> l.release(LedgerRequest.of("x-3", EXPORTER), "res-4"));
        requests.put("adj", l -> l.adjust(LedgerRequest.of("adj", REGULATOR), INDIA,
                new Adjustment(Adjustment.Target.CAPACITY, 500, "revised")));
        requests.put("debits-1", l -> l.recordDebits(LedgerRequest.of("debits-1", EXPORTER), List.of(
                new QuotaDebit(ACME, 30, 26_900, 0, "LPP"), new QuotaDebit(GLOBEX, 40, 26_900, 0, "LPP"),
                new QuotaDebit(INDIA, 70, 1_500, 0, "allocation"))));
        requests.put("deal", l -> l.recordAgreement(LedgerRequest.of("deal", REGULATOR), new Agreement("AE-2025",
                Agreement.Kind.DEAL, "AE", LocalDate.parse("2025-05-15"), "a deal", 9_000, "2025")));
        return requests;
    }

    /** After the first reservation's time ran out: this one expires it first (an entry under the ledger's own key). */
    private static LedgerResult afterExpiry(QuotaLedger ledger, Instant later) {
        return ledger.reserve(LedgerRequest.of("r-4", EXPORTER), INDIA, 10, later);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aV2LedgerWithData_migratesToV3_withEntriesAndHashesUnchanged_andEveryRequestReplaying(String store)
            throws SQLException {
        String originalUrl = newStore(store, "original");
        Map<String, Function<QuotaLedger, LedgerResult>> requests = requests();
        Instant later = clock.instant().plus(Duration.ofDays(1));
        Map<String, LedgerResult> first = new LinkedHashMap<>();
        try (QuotaLedger original = Ledgers.open(originalUrl, clock)) {
            requests.forEach((key, request) -> first.put(key, request.apply(original)));
            clock.advance(Duration.ofMinutes(10));
            requests.put("r-4", l -> afterExpiry(l, later));
            first.put("r-4", afterExpiry(original, later));
        }
        assertThat(first.values()).allMatch(LedgerResult::isRecorded);
        String v2Url = newStore(store, "v2");
        copyAsV2(originalUrl, v2Url, store);
        assertThat(count(v2Url, "SELECT COUNT(*) FROM request")).isEqualTo(requests.size());
        assertThat(count(v2Url, "SELECT COUNT(*) FROM journal WHERE request_key LIKE 'ledger:expire:%'")).isEqualTo(1);

        try (QuotaLedger migrated = Ledgers.open(v2Url, clock)) {
            assertThat(rows(v2Url, JOURNAL)).isEqualTo(rows(originalUrl, JOURNAL));
            assertThat(migrated.verify().findings()).isEmpty();
            requests.forEach((key, request) -> {
                LedgerResult again = request.apply(migrated);
                assertThat(again).as(key).isInstanceOf(LedgerResult.Recorded.class);
                assertThat(((LedgerResult.Recorded) again).replayed()).as(key).isTrue();
                assertThat(((LedgerResult.Recorded) again).entries()).as(key)
                        .isEqualTo(((LedgerResult.Recorded) first.get(key)).entries());
            });
            for (String key : requests.keySet()) {
                LedgerResult reused = migrated.reserve(LedgerRequest.of(key, EXPORTER), INDIA, 1, later);
                assertThat(reused).as(key).isInstanceOfSatisfying(LedgerResult.Refused.class,
                        r -> assertThat(r.refusal()).isEqualTo(Refusal.KEY_REUSED));
            }
            assertThat(migrated.reserve(LedgerRequest.of("r-5", EXPORTER), INDIA, 1, later).isRecorded()).isTrue();
            assertThat(migrated.verify().findings()).isEmpty();
        }
        assertThat(tables(v2Url, store)).doesNotContain("request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aV2RequestWithoutEntries_stopsTheMigration_ratherThanFreeItsKey(String store) throws SQLException {
        String url = newStore(store, "orphan");
        migrateToV2(url);
        execute(url, "INSERT INTO request (request_key, fingerprint) VALUES ('lost', 'reserve|x|1')");

        assertThatThrownBy(() -> Ledgers.open(url, clock)).isInstanceOf(LedgerStoreException.class);
        assertThat(count(url, "SELECT COUNT(*) FROM request")).isEqualTo(1);
    }

    private static void migrateToV2(String url) {
        Flyway.configure().dataSource(Database.of(url).dataSource()).locations("classpath:db/ledger").target("2")
                .load().migrate();
    }

    /** A V2 database holding what the ledger at {@code from} holds, its request table filled as V2 code filled it. */
    private void copyAsV2(String from, String to, String store) throws SQLException {
        migrateToV2(to);
        String source;
        List<String> copy = new ArrayList<>();
        if (store.equals("sqlite")) {
            copy.add("ATTACH DATABASE '" + from.substring("jdbc:sqlite:".length()) + "' AS original");
            source = "original.";
        } else {
            source = schemas.get(0).name() + ".";
        }
        copy.add("UPDATE chain_head SET last_seq = (SELECT last_seq FROM " + source + "chain_head), "
                + "last_hash = (SELECT last_hash FROM " + source + "chain_head)");
        copy.add("INSERT INTO journal SELECT seq, request_key, recorded_at, entry_type, account_id, amount_tpp, "
                + "reservation_id, expires_at, capacity_after, committed_after, reserved_after, actor, note, "
                + "prev_hash, hash FROM " + source + "journal");
        for (String table : PROJECTIONS) {
            copy.add("INSERT INTO " + table + " SELECT * FROM " + source + table);
        }
        copy.add("INSERT INTO request SELECT request_key, fingerprint FROM " + source
                + "journal WHERE fingerprint IS NOT NULL");
        try (Connection c = Database.of(to).dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String statement : copy) {
                s.execute(statement);
            }
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = Database.of(url).dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(String url, String query) throws SQLException {
        return ((Number) rows(url, query).get(0).get(0)).longValue();
    }

    private static List<List<Object>> rows(String url, String query) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = Database.of(url).dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.add(r.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> tables(String url, String store) throws SQLException {
        try (Connection c = Database.of(url).dataSource().getConnection();
             ResultSet r = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (r.next()) {
                if (store.equals("sqlite") || url.contains(r.getString("TABLE_SCHEM"))) {
                    names.add(r.getString("TABLE_NAME"));
                }
            }
            return names;
        }
    }
}
