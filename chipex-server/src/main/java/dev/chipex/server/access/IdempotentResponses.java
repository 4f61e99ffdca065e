package dev.chipex.server.access;

import dev.chipex.core.problem.ChipexException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Responses to state-changing requests, by the caller's key id and its {@code Idempotency-Key}.
 * Keys are scoped to the API key that sent them, so two clients cannot collide on a key.
 */
public final class IdempotentResponses {
    private final ServerDatabase database;
    private final Clock clock;

    public IdempotentResponses(ServerDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Optional<StoredResponse> find(String keyId, String idempotencyKey) {
        String sql = "SELECT request_hash, status, location, body FROM server_idempotent_responses"
                + " WHERE key_id = ? AND idempotency_key = ?";
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, keyId);
            s.setString(2, idempotencyKey);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(new StoredResponse(row.getString(1), row.getInt(2),
                        Optional.ofNullable(row.getString(3)), row.getString(4))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ChipexException("cannot read an idempotent response in " + database.describe() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Keeps the first response; a concurrent duplicate keeps the one stored first. */
    public void save(String keyId, String idempotencyKey, StoredResponse response) {
        if (find(keyId, idempotencyKey).isPresent()) {
            return;
        }
        String sql = "INSERT INTO server_idempotent_responses (key_id, idempotency_key, request_hash, status, location,"
                + " body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, keyId);
            s.setString(2, idempotencyKey);
            s.setString(3, response.requestHash());
            s.setInt(4, response.status());
            s.setString(5, response.location().orElse(null));
            s.setString(6, response.body());
            s.setString(7, Instant.now(clock).toString());
            s.executeUpdate();
        } catch (SQLException e) {
            if (find(keyId, idempotencyKey).isEmpty()) {
                throw new ChipexException("cannot store an idempotent response in " + database.describe() + ": "
                        + e.getMessage(), e);
            }
        }
    }

    /** What identifies a request besides its key: method, path and body. */
    public static String requestHash(String method, String path, byte[] body) {
        byte[] head = (method + " " + path + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return KeyHash.sha256(new String(all, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
