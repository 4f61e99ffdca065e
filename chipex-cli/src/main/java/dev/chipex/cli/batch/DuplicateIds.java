package dev.chipex.cli.batch;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds ids used by more than one row without holding every id: each id's 64-bit hash is sorted
 * on disk with its row number, and only rows whose hashes meet (a repeated id, or very rarely two
 * ids that hash alike) are compared by their ids, read again from the file.
 */
final class DuplicateIds implements Closeable {
    private final PairSort hashes;

    DuplicateIds(WorkFolder work) {
        this.hashes = work.sort("ids");
    }

    void add(String id, int row) {
        hashes.add(hash(id), row);
    }

    /** Rows whose id's hash another row's id has too, each with that hash, by row. */
    Map<Integer, Long> suspects() throws IOException {
        Map<Integer, Long> suspects = new TreeMap<>();
        try (PairSort.Pairs pairs = hashes.sorted()) {
            boolean more = pairs.next();
            while (more) {
                long hash = pairs.first();
                int firstRow = (int) pairs.second();
                int rows = 1;
                while ((more = pairs.next()) && pairs.first() == hash) {
                    suspects.put((int) pairs.second(), hash);
                    rows++;
                }
                if (rows > 1) {
                    suspects.put(firstRow, hash);
                }
            }
        }
        return suspects;
    }

    /**
     * The rows that repeat an earlier row's id, each with the row that first used it, given the
     * ids of the {@link #suspects()} (by row).
     */
    static Map<Integer, Integer> repeats(Map<Integer, Long> suspects, Map<Integer, String> ids) {
        Map<Long, List<Integer>> byHash = new HashMap<>();
        suspects.forEach((row, hash) -> byHash.computeIfAbsent(hash, h -> new ArrayList<>()).add(row));
        Map<Integer, Integer> repeats = new TreeMap<>();
        for (List<Integer> rows : byHash.values()) {
            rows.sort(null);
            Map<String, Integer> first = new HashMap<>();
            for (int row : rows) {
                Integer earlier = first.putIfAbsent(ids.get(row), row);
                if (earlier != null) {
                    repeats.put(row, earlier);
                }
            }
        }
        return repeats;
    }

    @Override
    public void close() throws IOException {
        hashes.close();
    }

    /** FNV-1a over the characters, then MurmurHash3's finaliser so that close ids spread apart. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
