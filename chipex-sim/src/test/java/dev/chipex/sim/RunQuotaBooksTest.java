package dev.chipex.sim;

import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaDebit;
import dev.chipex.core.quota.QuotaKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The run's quota books side by side must answer, regime by regime, as a separate
 * InMemoryQuotaBook per regime would: same use after every debit, the same debits refused.
 */
class RunQuotaBooksTest {
    private static final int REGIMES = 3;

    /** One regime's debit: which regime, which of many accounts (enough to grow the table several times), how much. */
    record Debit(int regime, QuotaKind kind, int holder, int year, long amount, long capacity) {
        QuotaAccount account() {
            return new QuotaAccount(kind, "consignee " + holder, String.valueOf(year));
        }
    }

    @Provide
    Arbitrary<List<Debit>> debits() {
        return Combinators.combine(Arbitraries.integers().between(0, REGIMES - 1),
                        Arbitraries.of(QuotaKind.CONSIGNEE_YEAR, QuotaKind.COUNTRY_ALLOCATION),
                        Arbitraries.integers().between(0, 3000), Arbitraries.integers().between(2025, 2026),
                        Arbitraries.longs().between(0, 500), Arbitraries.longs().between(0, 1000))
                .as(Debit::new).list().ofMinSize(1).ofMaxSize(4000);
    }

    @Property(tries = 40)
    void book_anyDebits_answersAsOneInMemoryBookPerRegime(@ForAll("debits") List<Debit> debits) {
        RunQuotaBooks books = new RunQuotaBooks(REGIMES);
        List<InMemoryQuotaBook> separate = new ArrayList<>();
        for (int r = 0; r < REGIMES; r++) {
            separate.add(new InMemoryQuotaBook());
        }
        for (Debit debit : debits) {
            RunQuotaBooks.Book book = books.book(debit.regime());
            InMemoryQuotaBook expected = separate.get(debit.regime());
            long used = expected.usedTpp(debit.account());
            assertThat(book.usedTpp(debit.account())).isEqualTo(used);
            // A debit made when it fitted, applied twice: the second may no longer fit, and both books must say so.
            long amount = Math.min(debit.amount(), Math.max(0, debit.capacity() - used));
            if (used + amount > debit.capacity()) {
                continue;
            }
            QuotaDebit made = new QuotaDebit(debit.account(), amount, debit.capacity(), used, "rule");
            for (int twice = 0; twice < 2; twice++) {
                if (expected.usedTpp(debit.account()) + amount > debit.capacity()) {
                    assertThatThrownBy(() -> book.apply(List.of(made))).isInstanceOf(IllegalStateException.class);
                } else {
                    book.apply(List.of(made));
                    expected.apply(List.of(made));
                }
            }
            for (int r = 0; r < REGIMES; r++) {
                assertThat(books.book(r).usedTpp(debit.account())).isEqualTo(separate.get(r).usedTpp(debit.account()));
            }
        }
    }
}
