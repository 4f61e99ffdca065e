package dev.chipex.core.csv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTest {

    @Test
    void parse_quotedComma_staysInOneField() {
        CsvTable table = CsvTable.parse("name,note\nA,\"one, two\"\n");

        assertThat(table.rows().get(0).get("note")).isEqualTo("one, two");
    }

    @Test
    void parse_doubledQuotes_becomeOneQuote() {
        CsvTable table = CsvTable.parse("name,note\nA,\"say \"\"hi\"\"\"\n");

        assertThat(table.rows().get(0).get("note")).isEqualTo("say \"hi\"");
    }

    @Test
    void parse_multiLineField_keepsTheLineBreakAndCountsLines() {
        CsvTable table = CsvTable.parse("name,note\r\nA,\"line one\nline two\"\r\nB,x\r\n");

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).get("note")).isEqualTo("line one\nline two");
        assertThat(table.rows().get(1).line()).isEqualTo(4);
    }

    @Test
    void parse_namibiaNA_isACodeNotANull() {
        CsvTable table = CsvTable.parse("code,name\nNA,Namibia\n");

        assertThat(table.rows().get(0).find("code")).contains("NA");
    }

    @Test
    void parse_noBreakSpace_isBlank() {
        CsvTable table = CsvTable.parse("code,note\nXX,\u00A0\nYY, \u00A0kept\u00A0 \n");

        assertThat(table.rows().get(0).find("note")).isEmpty();
        assertThat(table.rows().get(1).get("note")).isEqualTo("kept");
    }

    @Test
    void parse_byteOrderMark_isNotPartOfTheFirstHeader() {
        CsvTable table = CsvTable.parse("\uFEFFcode,name\nDE,Germany\n");

        assertThat(table.hasColumn("code")).isTrue();
        assertThat(table.rows().get(0).get("code")).isEqualTo("DE");
    }

    @Test
    void row_unknownColumn_isEmpty() {
        CsvTable table = CsvTable.parse("a\n1\n");

        assertThat(table.rows().get(0).find("b")).isEmpty();
    }
}
