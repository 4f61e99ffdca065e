package dev.chipex.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table: columns padded to their widest cell, numbers right-aligned when asked,
 * no trailing spaces. Without headers it renders "key  value" blocks.
 */
public final class Table {
    private final List<String> headers;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    private Table(List<String> headers, int columns) {
        this.headers = headers;
        this.right = new boolean[columns];
    }

    public static Table withColumns(String... headers) {
        return new Table(List.of(headers), headers.length);
    }

    /** Two columns, no header line: for one record shown as labelled values. */
    public static Table keyValue() {
        return new Table(List.of(), 2);
    }

    /** Right-aligns the given (0-based) columns, for figures. */
    public Table alignRight(int... columns) {
        for (int c : columns) {
            right[c] = true;
        }
        return this;
    }

    public Table row(Object... cells) {
        if (cells.length != right.length) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + right.length);
        }
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c.toString()).toList());
        return this;
    }

    public void print(PrintWriter out) {
        int[] width = new int[right.length];
        List<List<String>> all = new ArrayList<>();
        if (!headers.isEmpty()) {
            all.add(headers);
        }
        all.addAll(rows);
        all.forEach(r -> {
            for (int c = 0; c < r.size(); c++) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        });
        if (!headers.isEmpty()) {
            out.println(line(headers, width));
            out.println(line(Arrays.stream(width).mapToObj("-"::repeat).toList(), width));
        }
        rows.forEach(r -> out.println(line(r, width)));
    }

    private String line(List<String> cells, int[] width) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            text.append(c == 0 ? "" : "  ").append(right[c] ? pad + cell : cell + pad);
        }
        return text.toString().stripTrailing();
    }
}
