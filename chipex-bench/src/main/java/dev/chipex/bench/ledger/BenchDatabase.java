package dev.chipex.bench.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A database of the benchmark's own, removed afterwards: a fresh SQLite folder, or a fresh
 * schema on the PostgreSQL server named by {@code CHIPEX_BENCH_POSTGRES_URL}. The ledger and the
 * plain-insert baseline get separate ones so neither slows the other's files or tables.
 */
record BenchDatabase(String name, String url, Runnable drop) implements AutoCloseable {
    static final String DEFAULT_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    static BenchDatabase sqlite() {
        try {
            Path folder = Files.createTempDirectory("chipex-bench-sqlite");
            return new BenchDatabase("SQLite", "jdbc:sqlite:" + folder.resolve("bench.db"), () -> deleteAll(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for the SQLite benchmark", e);
        }
    }

    static BenchDatabase postgres() {
        String server = System.getenv().getOrDefault("CHIPEX_BENCH_POSTGRES_URL", DEFAULT_POSTGRES);
        String schema = "chipex_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server, "CREATE SCHEMA " + schema);
        String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new BenchDatabase("PostgreSQL", url, () -> execute(server, "DROP SCHEMA " + schema + " CASCADE"));
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url.replaceAll("(?i)(password=)[^&]*", "$1***")
                    + " (set CHIPEX_BENCH_POSTGRES_URL to use another server): " + e.getMessage(), e);
        }
    }

    private static void deleteAll(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder, e);
        }
    }

    @Override
    public void close() {
        drop.run();
    }
}
