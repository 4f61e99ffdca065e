package dev.chipex.core.quota;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;

import static org.assertj.core.api.Assertions.assertThat;

/** QuotaAccount's written-out equals and hash: accounts are equal exactly when kind, holder and period are. */
class QuotaAccountPropertiesTest {
    @Property(tries = 500)
    void equalExactlyWhenAllPartsAre(@ForAll QuotaKind kindA, @ForAll @StringLength(min = 1, max = 3) @Chars({'a', 'b'}) String holderA,
                                     @ForAll @StringLength(min = 1, max = 2) @Chars({'1', '2'}) String periodA,
                                     @ForAll QuotaKind kindB, @ForAll @StringLength(min = 1, max = 3) @Chars({'a', 'b'}) String holderB,
                                     @ForAll @StringLength(min = 1, max = 2) @Chars({'1', '2'}) String periodB) {
        QuotaAccount a = new QuotaAccount(kindA, holderA, periodA);
        QuotaAccount b = new QuotaAccount(kindB, new String(holderB), new String(periodB));
        boolean same = kindA == kindB && holderA.equals(holderB) && periodA.equals(periodB);
        assertThat(a.equals(b)).isEqualTo(same);
        assertThat(b.equals(a)).isEqualTo(same);
        if (same) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
        assertThat(a.equals(a.id())).isFalse();
    }
}
