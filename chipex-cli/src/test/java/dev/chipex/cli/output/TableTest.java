package dev.chipex.cli.output;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class TableTest {

    private static String render(Table table) {
        StringWriter text = new StringWriter();
        table.print(new PrintWriter(text, true));
        return text.toString().replace("\r\n", "\n");
    }

    @Test
    void print_padsColumns_rightAlignsFigures_andLeavesNoTrailingSpace() {
        Table table = Table.withColumns("CHIP", "TPP", "NOTE").alignRight(1)
                .row("H100", "15,832", "").row("A10", "2,000", "x");

        assertThat(render(table)).isEqualTo("CHIP     TPP  NOTE\n----  ------  ----\nH100  15,832\nA10    2,000  x\n");
    }

    @Test
    void keyValue_hasNoHeader() {
        assertThat(render(Table.keyValue().row("ECCN", "3A090.a").row("TPP", 1))).isEqualTo("ECCN  3A090.a\nTPP   1\n");
    }
}
