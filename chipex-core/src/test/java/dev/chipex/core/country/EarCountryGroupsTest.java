package dev.chipex.core.country;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Memberships checked against shared/design/REGULATION.md §2.5 (lists and change log). */
class EarCountryGroupsTest {
    private static final LocalDate DIFFUSION_RULE = LocalDate.of(2025, 1, 15);
    private final EarCountryGroups groups = EarCountryGroups.bundled();

    private Set<String> members(String group, LocalDate date) {
        return groups.find(group).orElseThrow().membersOn(date);
    }

    @Test
    void groupSizes_onTheDiffusionRuleDate_matchRegulationSection25() {
        assertThat(members("D:1", DIFFUSION_RULE)).hasSize(24);
        assertThat(members("D:4", DIFFUSION_RULE)).hasSize(22);
        assertThat(members("D:5", DIFFUSION_RULE)).hasSize(23);
        assertThat(members("A:5", DIFFUSION_RULE)).hasSize(37);
        assertThat(members("A:6", DIFFUSION_RULE)).hasSize(8);
    }

    /**
     * The State list controls D:5 through its note, so Cambodia left D:5 when it left ITAR § 126.1
     * (2025-11-07), before BIS's table caught up on 2026-02-03 (issue #19); it stays in D:1.
     */
    @Test
    void cambodia_leavesD5OnNovember7th2025WithTheStateList_andStaysInD1() {
        assertThat(groups.isMember("D:5", "KH", LocalDate.of(2025, 11, 6))).isTrue();
        assertThat(groups.isMember("D:5", "KH", LocalDate.of(2025, 11, 7))).isFalse();
        assertThat(groups.isMember("D:5", "KH", LocalDate.of(2026, 2, 2))).isFalse();
        assertThat(groups.isMember("D:1", "KH", LocalDate.of(2025, 11, 7))).isTrue();
    }

    @Test
    void nicaragua_joinsD1AndD5OnMarch15th2024() {
        assertThat(groups.groupsOf("NI", LocalDate.of(2024, 3, 14))).isEmpty();
        assertThat(groups.groupsOf("NI", LocalDate.of(2024, 3, 15))).containsExactly("D:1", "D:5");
    }

    @Test
    void uae_movesFromD4ToA5OnJuly10th2026() {
        assertThat(groups.groupsOf("AE", LocalDate.of(2026, 7, 9))).containsExactly("D:4");
        assertThat(groups.groupsOf("AE", LocalDate.of(2026, 7, 10))).containsExactly("A:5");
    }

    @Test
    void hongKong_takesChinasGroups() {
        assertThat(groups.treatedAs("HK")).isEqualTo("CN");
        assertThat(groups.groupsOf("HK", DIFFUSION_RULE)).isEqualTo(groups.groupsOf("CN", DIFFUSION_RULE))
                .contains("D:1", "D:4", "D:5");
        assertThat(groups.treatment("HK")).hasValueSatisfying(t -> assertThat(t.citation()).contains("2020-28101"));
    }

    @Test
    void macau_isNotD5ButHasItsOwnGroup() {
        assertThat(groups.groupsOf("MO", DIFFUSION_RULE)).containsExactly("D:1", "D:4", "Macau");
    }

    @Test
    void cyprusAndBrazil_areAsRegulationSection25Says() {
        assertThat(groups.groupsOf("CY", DIFFUSION_RULE)).containsExactly("A:6");
        assertThat(groups.groupsOf("BR", DIFFUSION_RULE)).isEmpty();
        assertThat(groups.groupsOf("ET", DIFFUSION_RULE)).as("Ethiopia is D:5 only through the ITAR note").isEmpty();
    }

    @Test
    void october2023Scope_onTheDiffusionRuleDate_isThe46DestinationsOfRegulationSection25() {
        Set<String> scope = new TreeSet<>();
        scope.addAll(members("D:1", DIFFUSION_RULE));
        scope.addAll(members("D:4", DIFFUSION_RULE));
        scope.addAll(members("D:5", DIFFUSION_RULE));
        scope.removeAll(members("A:5", DIFFUSION_RULE));
        scope.removeAll(members("A:6", DIFFUSION_RULE));

        assertThat(scope).containsExactly("AE", "AF", "AM", "AZ", "BH", "BY", "CD", "CF", "CN", "CU", "EG", "ER", "GE",
                "HT", "IQ", "IR", "JO", "KG", "KH", "KP", "KW", "KZ", "LA", "LB", "LY", "MD", "MM", "MN", "MO", "NI",
                "OM", "PK", "QA", "RU", "SA", "SD", "SO", "SS", "SY", "TJ", "TM", "UZ", "VE", "VN", "YE", "ZW");
    }

    @Test
    void everyMembership_hasACitationAndAConfidence() {
        groups.all().forEach(g -> g.members().forEach(m -> {
            assertThat(m.citation()).as(g.id() + " " + m.country()).isNotBlank();
            assertThat(m.confidence()).isNotNull();
        }));
    }

    @Test
    void norway_isReadAsACountryCodeNotABoolean() {
        assertThat(groups.isMember("A:5", "NO", DIFFUSION_RULE)).isTrue();
    }
}
