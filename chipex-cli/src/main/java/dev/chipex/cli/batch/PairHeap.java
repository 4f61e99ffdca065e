package dev.chipex.cli.batch;

/**
 * Heapsort of pairs of longs laid out flat ({@code pairs[2i]}, {@code pairs[2i+1]}), by the first
 * then the second: in place, and n log n whatever the order the pairs come in.
 */
final class PairHeap {
    private PairHeap() {
    }

    static void sort(long[] pairs, int size) {
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(pairs, i, size);
        }
        for (int end = size - 1; end > 0; end--) {
            swap(pairs, 0, end);
            siftDown(pairs, 0, end);
        }
    }

    private static void siftDown(long[] pairs, int i, int size) {
        while (true) {
            int largest = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && greater(pairs, left, largest)) {
                largest = left;
            }
            if (right < size && greater(pairs, right, largest)) {
                largest = right;
            }
            if (largest == i) {
                return;
            }
            swap(pairs, i, largest);
            i = largest;
        }
    }

    private static boolean greater(long[] pairs, int a, int b) {
        long x = pairs[2 * a];
        long y = pairs[2 * b];
        return x != y ? x > y : pairs[2 * a + 1] > pairs[2 * b + 1];
    }

    private static void swap(long[] pairs, int a, int b) {
        long first = pairs[2 * a];
        long second = pairs[2 * a + 1];
        pairs[2 * a] = pairs[2 * b];
        pairs[2 * a + 1] = pairs[2 * b + 1];
        pairs[2 * b] = first;
        pairs[2 * b + 1] = second;
    }
}
