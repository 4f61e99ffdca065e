package dev.chipex.server.access;

import dev.chipex.core.problem.ChipexException;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The API keys in the server store: created with a role (and company for exporters), found by key. */
public final class ApiKeys {
    static final int MAX_NAME = 100;
    static final int MAX_COMPANY = 200;

    private final ServerDatabase database;
    private final Clock clock;

    public ApiKeys(ServerDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Creates a key; its secret is in the result and nowhere else. */
    public NewKey add(String name, Role role, Optional<String> company) {
        Optional<String> trimmed = company.map(String::strip).filter(c -> !c.isEmpty());
        validate(name, role, trimmed);
        String secret = KeyHash.newSecret();
        String hash = KeyHash.sha256(secret);
        Caller caller = new Caller(KeyHash.keyId(hash), name.strip(), role, trimmed);
        String sql = "INSERT INTO server_api_keys (key_id, key_hash, name, role, company, created_at) VALUES (?, ?, ?, ?, ?, ?)";
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, caller.keyId());
            s.setString(2, hash);
            s.setString(3, caller.name());
            s.setString(4, role.code());
            s.setString(5, trimmed.orElse(null));
            s.setString(6, Instant.now(clock).toString());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new ChipexException("cannot store the new key in " + database.describe() + ": " + e.getMessage(), e);
        }
        return new NewKey(caller, secret);
    }

    /** The holder of the key, or empty when no such key exists. */
    public Optional<Caller> find(String secret) {
        String sql = "SELECT key_id, name, role, company FROM server_api_keys WHERE key_hash = ?";
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, KeyHash.sha256(secret));
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(caller(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ChipexException("cannot look up an API key in " + database.describe() + ": " + e.getMessage(), e);
        }
    }

    public List<Caller> list() {
        String sql = "SELECT key_id, name, role, company FROM server_api_keys ORDER BY created_at, key_id";
        List<Caller> callers = new ArrayList<>();
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                callers.add(caller(rows));
            }
        } catch (SQLException e) {
            throw new ChipexException("cannot list API keys in " + database.describe() + ": " + e.getMessage(), e);
        }
        return callers;
    }

    private static Caller caller(ResultSet row) throws SQLException {
        return new Caller(row.getString("key_id"), row.getString("name"), Role.parse("role", row.getString("role")),
                Optional.ofNullable(row.getString("company")));
    }

    private static void validate(String name, Role role, Optional<String> company) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            problems.add(Problem.of("--name", "give a name of 1 to " + MAX_NAME + " characters for the key's holder"));
        }
        if (role == Role.EXPORTER && company.isEmpty()) {
            problems.add(Problem.of("--company", "an exporter key belongs to one company: add --company NAME"));
        }
        if (role != Role.EXPORTER && company.isPresent()) {
            problems.add(Problem.of("--company", "only exporter keys belong to a company; a " + role.code()
                    + " sees every company: drop --company"));
        }
        if (company.isPresent() && company.get().length() > MAX_COMPANY) {
            problems.add(Problem.of("--company", "a company name has at most " + MAX_COMPANY + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
