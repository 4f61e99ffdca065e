package dev.chipex.cli.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs for a terminal: words wrapped to a width with a hanging indent. A word longer than
 * the line (a citation, an account id) is kept whole rather than broken.
 */
public final class Text {
    /** The narrowest and widest line chipex wraps to; wider terminals still get readable lines. */
    public static final int MIN_WIDTH = 80;
    public static final int MAX_WIDTH = 100;

    private Text() {
    }

    /** The terminal's width from {@code $COLUMNS}, kept within 80-100; 80 when unknown. */
    public static int terminalWidth(String columns) {
        try {
            int width = columns == null ? MIN_WIDTH : Integer.parseInt(columns.strip());
            return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width));
        } catch (NumberFormatException e) {
            return MIN_WIDTH;
        }
    }

    /** The text's words in lines of at most {@code width} characters, the first after {@code first}, the rest after {@code rest}. */
    public static List<String> wrap(String text, int width, String first, String rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.strip().split("\\s+")) {
            if (!empty && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(rest);
                empty = true;
            }
            line.append(empty ? "" : " ").append(word);
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }
}
