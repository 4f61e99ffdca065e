package dev.chipex.cli.batch;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sort on disk gives the pairs in order, as often as asked, whether they fit in memory, spill, or need merges of merges. */
class PairSortTest {
    @Property(tries = 60)
    void sorted_anyPairsAnyRunSize_isEveryPairInOrder(@ForAll @Size(max = 700) List<@IntRange(min = -3, max = 40) Integer> firsts,
                                                      @ForAll @IntRange(min = 1, max = 9) int runPairs) throws IOException {
        Path folder = Files.createTempDirectory("pair-sort");
        List<long[]> expected = new ArrayList<>();
        List<long[]> sorted = new ArrayList<>();
        List<long[]> again = new ArrayList<>();
        try (PairSort sort = new PairSort(folder, "test", runPairs)) {
            for (int i = 0; i < firsts.size(); i++) {
                long second = (firsts.size() - i) % 5;
                sort.add(firsts.get(i), second);
                expected.add(new long[] {firsts.get(i), second});
            }
            read(sort, sorted);
            read(sort, again);
        }
        expected.sort(Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));

        assertThat(sorted).containsExactlyElementsOf(expected);
        assertThat(again).containsExactlyElementsOf(expected);
        try (var left = Files.list(folder)) {
            assertThat(left).as("runs deleted on close").isEmpty();
        }
        Files.delete(folder);
    }

    private static void read(PairSort sort, List<long[]> into) throws IOException {
        try (PairSort.Pairs pairs = sort.sorted()) {
            while (pairs.next()) {
                into.add(new long[] {pairs.first(), pairs.second()});
            }
        }
    }
}
