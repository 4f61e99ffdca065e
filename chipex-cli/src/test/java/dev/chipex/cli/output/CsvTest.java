package dev.chipex.cli.output;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void record_quotesCommasQuotesAndLineBreaks() {
        assertThat(Csv.record(List.of("a", "b,c", "say \"hi\"", "x\ny"))).isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\r\n");
    }
}
