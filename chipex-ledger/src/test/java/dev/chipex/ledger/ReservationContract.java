package dev.chipex.ledger;

import dev.chipex.core.ledger.Adjustment;
import dev.chipex.core.ledger.Refusal;
import dev.chipex.core.ledger.ReservationState;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.chipex.ledger.LedgerFixture.recorded;
import static dev.chipex.ledger.LedgerFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** Reserve, commit, release, expire and adjust one account. */
interface ReservationContract extends LedgerFixture {

    @Test
    default void reserve_withinAllocation_holdsQuotaAndLowersAvailable() {
        open(INDIA, TIER2_ALLOCATION_TPP);
        reserve(INDIA, 40_000_000);
        assertThat(balance(INDIA).reservedTpp()).isEqualTo(40_000_000);
        assertThat(balance(INDIA).availableTpp()).isEqualTo(TIER2_ALLOCATION_TPP - 40_000_000);
        assertThat(ledger().usedTpp(INDIA)).isEqualTo(40_000_000);
    }

    @Test
    default void reserve_moreThanAvailable_refusedWithWhatIsAvailable() {
        open(INDIA, TIER2_ALLOCATION_TPP);
        reserve(INDIA, 700_000_000);
        var refusal = refused(ledger().reserve(exporter(), INDIA, 100_000_000, inOneHour()));
        assertThat(refusal.refusal()).isEqualTo(Refusal.INSUFFICIENT_QUOTA);
        assertThat(refusal.availableTpp()).isEqualTo(90_000_000);
        assertThat(balance(INDIA).reservedTpp()).isEqualTo(700_000_000);
    }

    @Test
    default void reserve_unknownAccount_refusedAsUnknown() {
        var refusal = refused(ledger().reserve(exporter(), INDIA, 1, inOneHour()));
        assertThat(refusal.refusal()).isEqualTo(Refusal.UNKNOWN_ACCOUNT);
        assertThat(refusal.refusal().category()).isEqualTo(Refusal.Category.NOT_FOUND);
    }

    @Test
    default void commit_heldReservation_turnsReservedIntoCommitted() {
        open(INDIA, TIER2_ALLOCATION_TPP);
        String id = reserve(INDIA, 15_832_000);
        recorded(ledger().commit(exporter(), id));
        assertThat(balance(INDIA).committedTpp()).isEqualTo(15_832_000);
        assertThat(balance(INDIA).reservedTpp()).isZero();
        assertThat(ledger().reservation(id).orElseThrow().state()).isEqualTo(ReservationState.COMMITTED);
    }

    @Test
    default void release_heldReservation_givesTheQuotaBack() {
        open(INDIA, TIER2_ALLOCATION_TPP);
        String id = reserve(INDIA, 15_832_000);
        recorded(ledger().release(exporter(), id));
        assertThat(balance(INDIA).availableTpp()).isEqualTo(TIER2_ALLOCATION_TPP);
        assertThat(ledger().reservation(id).orElseThrow().state()).isEqualTo(ReservationState.RELEASED);
    }

    @Test
    default void commit_afterRelease_refusedAsSettled() {
        open(INDIA, TIER2_ALLOCATION_TPP);
        String id = reserve(INDIA, 1_000);
        recorded(ledger().release(exporter(), id));
        assertThat(refused(ledger().commit(exporter(), id)).refusal()).isEqualTo(Refusal.RESERVATION_SETTLED);
        assertThat(balance(INDIA).committedTpp()).isZero();
    }

    @Test
    default void commit_unknownReservation_refusedAsUnknown() {
        assertThat(refused(ledger().commit(exporter(), "res-404")).refusal()).isEqualTo(Refusal.UNKNOWN_RESERVATION);
    }

    @Test
    default void reservation_pastItsExpiry_stopsCountingAndCannotBeCommitted() {
        open(INDIA, 1_000);
        String id = reserve(INDIA, 600);
        clock().advance(Duration.ofHours(2));
        assertThat(ledger().usedTpp(INDIA)).isZero();
        assertThat(refused(ledger().commit(exporter(), id)).refusal()).isEqualTo(Refusal.RESERVATION_EXPIRED);
        assertThat(ledger().reservation(id).orElseThrow().state()).isEqualTo(ReservationState.EXPIRED);
        assertThat(balance(INDIA).availableTpp()).isEqualTo(1_000);
    }

    @Test
    default void reserve_whileAnotherHasExpired_canUseTheExpiredQuota() {
        open(INDIA, 1_000);
        reserve(INDIA, 800);
        clock().advance(Duration.ofMinutes(61));
        reserve(INDIA, 900);
        assertThat(balance(INDIA).reservedTpp()).isEqualTo(900);
    }

    @Test
    default void adjust_byAnExporter_refusedAsNotAuthorised() {
        open(INDIA, TIER2_ALLOCATION_TPP);
        var result = ledger().adjust(exporter(), INDIA, new Adjustment(Adjustment.Target.CAPACITY, 1, "more please"));
        assertThat(refused(result).refusal()).isEqualTo(Refusal.NOT_AUTHORISED);
        assertThat(balance(INDIA).capacityTpp()).isEqualTo(TIER2_ALLOCATION_TPP);
    }

    @Test
    default void adjust_capacityByRegulator_doublesTheAllocationForAnAgreement() {
        open(INDIA, TIER2_ALLOCATION_TPP);
        recorded(ledger().adjust(regulator(), INDIA, new Adjustment(Adjustment.Target.CAPACITY, TIER2_ALLOCATION_TPP,
                "government-to-government agreement doubles the allocation (REGULATION.md §3.6)")));
        assertThat(balance(INDIA).capacityTpp()).isEqualTo(1_580_000_000L);
    }

    @Test
    default void adjust_capacityBelowWhatIsUsed_refused() {
        open(INDIA, 1_000);
        reserve(INDIA, 700);
        var result = ledger().adjust(regulator(), INDIA, new Adjustment(Adjustment.Target.CAPACITY, -400, "cut"));
        assertThat(refused(result).refusal()).isEqualTo(Refusal.INSUFFICIENT_QUOTA);
        assertThat(balance(INDIA).capacityTpp()).isEqualTo(1_000);
    }

    @Test
    default void adjust_useByRegulator_correctsCommittedUse() {
        open(INDIA, 1_000);
        recorded(ledger().adjust(regulator(), INDIA, new Adjustment(Adjustment.Target.USE, 250,
                "shipment recorded outside chipex")));
        assertThat(balance(INDIA).committedTpp()).isEqualTo(250);
        assertThat(refused(ledger().adjust(regulator(), INDIA, new Adjustment(Adjustment.Target.USE, -251, "too much")))
                .refusal()).isEqualTo(Refusal.INSUFFICIENT_QUOTA);
    }

    @Test
    default void openAccount_twice_refusedAsExisting() {
        open(INDIA, 1_000);
        var again = ledger().openAccount(regulator(), INDIA, 2_000, "again");
        assertThat(refused(again).refusal()).isEqualTo(Refusal.ACCOUNT_EXISTS);
        assertThat(refused(ledger().openAccount(exporter(), ACME_LPP, LPP_TPP, "mine")).refusal())
                .isEqualTo(Refusal.NOT_AUTHORISED);
    }

    @Test
    default void reopened_store_keepsBalancesReservationsAndChain() {
        open(INDIA, TIER2_ALLOCATION_TPP);
        String committed = reserve(INDIA, 3_000);
        recorded(ledger().commit(exporter(), committed));
        String held = reserve(INDIA, 2_000);
        reopen();
        assertThat(balance(INDIA).committedTpp()).isEqualTo(3_000);
        assertThat(balance(INDIA).reservedTpp()).isEqualTo(2_000);
        assertThat(ledger().reservation(held).orElseThrow().state()).isEqualTo(ReservationState.HELD);
        assertThat(ledger().verify().passed()).isTrue();
    }
}
