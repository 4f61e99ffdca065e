package dev.chipex.sim.world;

import dev.chipex.sim.demand.DemandRecord;
import dev.chipex.sim.scenario.WorldAssumptions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns placed demand into dated would-be shipments. A named owner, a recorded site and each of
 * China's series order every quarter. The unrecorded demand of a country and year splits into
 * buyer-size classes (at every bound when the country-year is large enough, else at the coarse
 * ones), each one record standing for its buyers (their count is the class's H100e over its mean
 * size), which order twice a year when there are enough of them in a large country-year, else
 * once: small buyers' timing matters less than the tranche count, which sets the time of a
 * comparison. Quantities are whole chips, so a record's buyers are set to carry exactly the H100e
 * it was split from. Dates spread over the period, by the buyer's name, so orders do not bunch.
 */
final class Tranches {
    enum Series { SALES, CHINA_ORDERS, CHINA_SMUGGLING }

    /** One record, what it was split from and the (first) quarter whose demand it carries. */
    record Tranche(DemandRecord record, String owner, String sizeClass, Series series, int quarter) {
    }

    static final String NAMED = "named buyer";
    static final String SITE = "recorded site";
    static final String H200 = "NVIDIA H200 SXM";
    static final String SMUGGLED_CHIP = "NVIDIA B200";

    private final ChipSales sales;
    private final ChipOwners owners;
    private final BuyerSizes sizes;
    private final WorldAssumptions assumptions;
    private final WorldChips chips = new WorldChips();
    private final List<Tranche> out = new ArrayList<>();

    Tranches(ChipSales sales, ChipOwners owners, BuyerSizes sizes, WorldAssumptions assumptions) {
        this.sales = sales;
        this.owners = owners;
        this.sizes = sizes;
        this.assumptions = assumptions;
    }

    List<Tranche> of(List<Placement.Mass> masses) {
        Map<String, double[]> unrecorded = new TreeMap<>();
        for (Placement.Mass m : masses) {
            if (m.kind() == Placement.Kind.UNRECORDED) {
                unrecorded.computeIfAbsent(m.country(), c -> new double[Quarter.COUNT])[m.quarter()] += m.h100e();
            } else {
                boolean owner = m.kind() == Placement.Kind.OWNER;
                Optional<String> veu = owner && assumptions.uveuProviders().contains(m.owner())
                        ? Optional.of("UVEU") : Optional.empty();
                String label = m.kind() == Placement.Kind.CHINA ? "China: legal purchases" : m.owner();
                add(label, owner || m.kind() == Placement.Kind.CHINA ? NAMED : SITE, m.buyer(), m.headquarters(),
                        m.country(), m.quarter(), 1, chip(m.owner(), m.quarter()), m.h100e(), m.h100e(), veu,
                        Series.SALES);
            }
        }
        unrecorded.forEach(this::classes);
        return out;
    }

    /** China's demand beyond its legal purchases: H200 orders from 2026 and the demand smuggling serves. */
    List<Tranche> china() {
        series("China: H200 orders", "Chinese buyers (H200 orders)", H200, 2026,
                assumptions.h200Orders2026().value(), Series.CHINA_ORDERS);
        series("China: smuggling demand", "Chinese buyers (demand served by smuggling)", SMUGGLED_CHIP, 2025,
                assumptions.smuggling2025().value(), Series.CHINA_SMUGGLING);
        return out;
    }

    private void series(String label, String buyer, String chip, int fromYear, double firstYear, Series series) {
        double perQuarter = firstYear / 4;
        for (int q = new Quarter(fromYear, 1).index(); q < Quarter.COUNT; q++) {
            double h100e = perQuarter * Math.pow(assumptions.growthPerYear().value(), Quarter.at(q).year() - fromYear);
            add(label, NAMED, buyer, "CN", "CN", q, 1, chip, h100e, h100e, Optional.empty(), series);
        }
    }

    private void classes(String country, double[] byQuarter) {
        for (int year = Quarter.FIRST.year(); year <= Quarter.LAST.year(); year++) {
            int first = new Quarter(year, 1).index();
            double yearMass = 0;
            for (int q = first; q < first + 4; q++) {
                yearMass += byQuarter[q];
            }
            boolean fine = yearMass >= assumptions.fineClassesFrom();
            for (BuyerSizes.SizeClass c : sizes.classes(year, fine)) {
                double classMass = yearMass * c.massShare();
                double buyers = classMass / c.meanSize();
                int orders = fine && buyers >= assumptions.twiceAYearFrom() ? 2 : 1;
                String name = country + " buyers of " + c.label();
                for (int o = 0; o < orders; o++) {
                    int from = first + o * 4 / orders;
                    double mass = 0;
                    for (int q = from; q < first + (o + 1) * 4 / orders; q++) {
                        mass += byQuarter[q] * c.massShare();
                    }
                    if (mass > 0) {
                        add(ChipOwners.OTHER, c.label(), name, country, country, from, 4 / orders,
                                chip(ChipOwners.OTHER, from), mass, c.meanSize() * mass / classMass, Optional.empty(),
                                Series.SALES);
                    }
                }
            }
        }
    }

    /**
     * One record: {@code perBuyer} H100e for each buyer, whole chips, and as many buyers as carry
     * {@code mass} in all, dated within the {@code quarters} quarters from {@code quarter}.
     */
    private void add(String owner, String sizeClass, String buyer, String headquarters, String country, int quarter,
                     int quarters, String chipName, double mass, double perBuyer, Optional<String> veu, Series series) {
        WorldChips.Chip chip = chips.of(chipName);
        long quantity = Math.max(1, Math.round(perBuyer / chip.h100ePerChip()));
        double h100e = quantity * chip.h100ePerChip();
        String id = "world:" + out.size();
        DemandRecord r = new DemandRecord(id, date(buyer + series, quarter, quarters), country, buyer, headquarters,
                chip.item(), quantity, h100e, veu, mass / h100e);
        out.add(new Tranche(r, owner, sizeClass, series, quarter));
    }

    private String chip(String owner, int quarter) {
        Quarter q = Quarter.at(Math.min(quarter, sales.lastComplete().index()));
        boolean china = owner.equals(ChipOwners.CHINA);
        String chip = sales.mainChip(owners.mainDesigner(owner, q), q, china);
        return chip != null ? chip : sales.mainChip("Nvidia", q, china);
    }

    /** A day within the period, the same for the same buyer: a golden-ratio step on the name's hash. */
    private static LocalDate date(String key, int quarter, int quarters) {
        LocalDate start = Quarter.at(quarter).start();
        long days = Quarter.at(quarter + quarters).start().toEpochDay() - start.toEpochDay();
        double frac = ((key.hashCode() & 0xffffffffL) * 0.6180339887498949) % 1.0;
        return start.plusDays((long) (frac * days));
    }
}
