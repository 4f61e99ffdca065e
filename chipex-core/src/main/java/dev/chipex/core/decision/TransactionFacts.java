package dev.chipex.core.decision;

import dev.chipex.core.item.Eccn;
import dev.chipex.core.regime.Facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** The facts of one transaction as a regime's conditions see them, with groups as they stand on its date. */
final class TransactionFacts implements Facts {
    private final Transaction transaction;
    private final ItemSummary item;
    private final boolean datacenter;
    private final OptionalDouble memoryBandwidth;
    private final List<String> headquarters;
    private final RegimeOnDate regime;

    TransactionFacts(Transaction transaction, ItemSummary item, boolean datacenter, RegimeOnDate regime) {
        this.transaction = transaction;
        this.item = item;
        this.datacenter = datacenter;
        this.regime = regime;
        this.memoryBandwidth = transaction.item() instanceof Item.Chips chips ? chips.memoryBandwidthGBs() : OptionalDouble.empty();
        String hq = transaction.consigneeHeadquarters();
        this.headquarters = transaction.parentHeadquarters().filter(p -> !p.equals(hq))
                .map(p -> List.of(hq, p)).orElse(List.of(hq));
    }

    @Override
    public LocalDate date() {
        return transaction.date();
    }

    @Override
    public Eccn eccn() {
        return item.eccn();
    }

    @Override
    public boolean datacenter() {
        return datacenter;
    }

    @Override
    public double tppPerChip() {
        return transaction.item() instanceof Item.Chips chips ? item.tppPerUnit() / chips.chipsPerUnit() : 0;
    }

    @Override
    public OptionalDouble memoryBandwidthGBs() {
        return memoryBandwidth;
    }

    @Override
    public String itemName() {
        return item.name();
    }

    @Override
    public String destination() {
        return transaction.destination();
    }

    @Override
    public List<String> headquarters() {
        return headquarters;
    }

    @Override
    public Optional<String> veu() {
        return transaction.veu();
    }

    @Override
    public Optional<String> endUse() {
        return transaction.endUse();
    }

    @Override
    public String consignee() {
        return transaction.consignee();
    }

    @Override
    public boolean inGroup(String group, String country) {
        return regime.contains(group, country);
    }
}
