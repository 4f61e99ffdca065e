package dev.chipex.sim.demand;

import dev.chipex.core.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemandCsvTest {
    @Test
    void parse_validRows_readsCatalogChipsAndH100eRows() {
        DemandSet set = DemandCsv.parse("d.csv", """
                id,date,item,quantity,destination,consignee,consignee_hq,veu,h100e
                a,2026-01-02,NVIDIA H100 SXM,10,FR,Mistral,FR,,
                b,2026-01-01,Prototype Accelerator X1,100,SA,Humain,SA,uveu,80
                """);
        assertThat(set.records()).extracting(DemandRecord::id).containsExactly("b", "a");
        DemandRecord b = set.records().get(0);
        assertThat(b.veu()).contains("UVEU");
        assertThat(b.item().spec().tpp() * 100 / 15832).isCloseTo(80, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void parse_badRows_reportsEveryProblemWithLineAndColumn() {
        assertThatThrownBy(() -> DemandCsv.parse("d.csv", """
                id,date,item,quantity,destination,consignee,consignee_hq,h100e
                a,2026-13-01,NVIDIA H100 SXM,10,FR,Mistral,FR,
                b,2026-01-01,Mystery Chip,0,Atlantis,Acme,,lots
                """))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("d.csv:2: date")
                .hasMessageContaining("d.csv:3: h100e: 'lots' is not a number of 0 or more")
                .hasMessageContaining("d.csv:3: quantity")
                .hasMessageContaining("d.csv:3: destination: unknown country 'Atlantis'")
                .hasMessageContaining("d.csv:3: item: unknown chip 'Mystery Chip'")
                .hasMessageContaining("d.csv:3: consignee_hq: missing; give an ISO 3166-1 alpha-2 code");
    }

    @Test
    void parse_missingColumn_namesItAndTheFormat() {
        assertThatThrownBy(() -> DemandCsv.parse("d.csv", "id,date,item\n"))
                .hasMessageContaining("missing column 'quantity'").hasMessageContaining("missing column 'consignee_hq'");
    }
}
