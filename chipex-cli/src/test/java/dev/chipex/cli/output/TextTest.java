package dev.chipex.cli.output;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @Test
    void wrap_longText_breaksBetweenWordsWithAHangingIndent() {
        List<String> lines = Text.wrap("one two three four five six", 12, "- ", "  ");

        assertThat(lines).containsExactly("- one two", "  three four", "  five six");
    }

    @Test
    void wrap_wordLongerThanTheLine_isKeptWhole() {
        assertThat(Text.wrap("a CONSIGNEE_YEAR/acme/2025 b", 10, "", "")).containsExactly("a", "CONSIGNEE_YEAR/acme/2025", "b");
    }

    @Test
    void terminalWidth_outsideTheRangeOrUnknown_isClampedTo80To100() {
        assertThat(Text.terminalWidth(null)).isEqualTo(80);
        assertThat(Text.terminalWidth("40")).isEqualTo(80);
        assertThat(Text.terminalWidth("93")).isEqualTo(93);
        assertThat(Text.terminalWidth("240")).isEqualTo(100);
        assertThat(Text.terminalWidth("wide")).isEqualTo(80);
    }
}
