package dev.chipex.core.regime;

import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** One broken file per loader failure mode (src/test/resources/regime-broken), each with its exact problem. */
class RegimeLoaderBrokenFilesTest {
    private final Fixtures fixtures = new Fixtures("regime-broken");

    private List<Problem> problems(String file) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> fixtures.load(file));
        assertThat(e).as(file + " should not load").isNotNull();
        return e.problems();
    }

    private static Problem at(String file, int line, String path, String message) {
        return new Problem(file, line, path, message);
    }

    @Test
    void loader_malformedYaml_reportsTheLineOfTheBadIndentation() {
        assertThat(problems("malformed-yaml.yaml")).containsExactly(at("malformed-yaml.yaml", 5, "",
                "malformed YAML: mapping values are not allowed here; check indentation, colons and quotes near this line"));
    }

    @Test
    void loader_unknownCountryCode_reportsTheListEntry() {
        assertThat(problems("unknown-country.yaml")).containsExactly(at("unknown-country.yaml", 5,
                "groups.allies.countries[1]", "unknown country code 'XX'; use ISO 3166-1 alpha-2 codes such as DE, IN, AE"));
    }

    @Test
    void loader_unknownGroup_reportsTheControlAndTheKnownGroups() {
        assertThat(problems("unknown-group.yaml")).containsExactly(at("unknown-group.yaml", 4, "controls[0]",
                "unknown group or country 'tier9'; use a group of this regime, an EAR group or an ISO code: "
                        + "[D:1, D:4, D:5, A:5, A:6, Macau]"));
    }

    @Test
    void loader_countryInTwoTiers_reportsTheCountryTheTiersAndTheDate() {
        assertThat(problems("country-in-two-tiers.yaml")).containsExactly(at("country-in-two-tiers.yaml", 9, "groups.middle",
                "countries [DE] are in both 'favoured' and 'middle' on 2025-01-13; a country can be in one tier only: "
                        + "remove it from one of them"));
    }

    @Test
    void loader_filesThatExtendEachOther_reportTheCycle() {
        assertThat(problems("extends-cycle-a.yaml")).containsExactly(at("extends-cycle-a.yaml", 3, "extends",
                "cycle in 'extends': extends-cycle-a -> extends-cycle-b -> extends-cycle-a; a regime cannot extend itself, "
                        + "directly or through others"));
    }

    @Test
    void loader_overlappingExceptionsWithoutPriority_reportsBoth() {
        assertThat(problems("overlapping-exceptions.yaml")).containsExactly(at("overlapping-exceptions.yaml", 11,
                "exceptions[1]", "exceptions 'broken.first' and 'broken.second' overcome the same control without distinct "
                        + "declared priorities; give each a 'priority' (lower is tried first)"));
    }

    @Test
    void loader_negativeQuota_reportsTheParameter() {
        assertThat(problems("negative-quota.yaml")).containsExactly(at("negative-quota.yaml", 5, "parameters.lpp-limit",
                "parameter 'lpp-limit' has a negative value (-5.0); quotas and thresholds must be 0 or more"));
    }

    /** Issue #19: 35,000 GB300 were counted as 88,400 H100e (40,000 TPP each) while the catalog debits 60,000 TPP each. */
    @Test
    void loader_dealQuotaInH100eDisagreeingWithTheCatalog_reportsTheCatalogsFigure() {
        assertThat(problems("deal-quota-units.yaml")).containsExactly(at("deal-quota-units.yaml", 5, "parameters.deal-quota",
                "parameter 'deal-quota': 35,000 x NVIDIA GB300 (per GPU) are 132,643 h100e by the chip catalog (60,000 TPP each), "
                        + "not 88,400; state the quota in chips (unit: chips, chip: NVIDIA GB300 (per GPU), value: 35,000)"));
    }

    @Test
    void loader_dateRangeEndingBeforeItStarts_reportsTheUntilLine() {
        assertThat(problems("date-range-backwards.yaml")).containsExactly(at("date-range-backwards.yaml", 7,
                "controls[0].until", "date range ends (2025-01-01) before it starts (2025-06-01); 'until' is exclusive "
                        + "and must come after 'from'"));
    }

    @Test
    void loader_misspeltKey_reportsTheTypoAndTheMissingCitationItCauses() {
        assertThat(problems("unknown-key.yaml")).containsExactly(
                at("unknown-key.yaml", 5, "controls[0].citaton", "unknown key 'citaton'; expected one of [id, order, title, "
                        + "purpose, citation, confidence, verify, assumption, from, until, when, review, policy, allocation]"),
                at("unknown-key.yaml", 4, "controls[0]", "control 'broken.control' has no citation; every control cites "
                        + "the CFR paragraph or document it encodes"));
    }

    @Test
    void loader_controlWithoutCitation_isRejected() {
        assertThat(problems("missing-citation.yaml")).containsExactly(at("missing-citation.yaml", 4, "controls[0]",
                "control 'broken.control' has no citation; every control cites the CFR paragraph or document it encodes"));
    }

    @Test
    void loader_quotaNamingUnknownParameter_isRejected() {
        assertThat(problems("unknown-parameter.yaml")).containsExactly(at("unknown-parameter.yaml", 7, "exceptions[0]",
                "unknown parameter 'lpp-limt'; define it under 'parameters'"));
    }

    @Test
    void loader_overcomesUnknownControl_listsTheKnownControls() {
        assertThat(problems("unknown-overcomes.yaml")).containsExactly(at("unknown-overcomes.yaml", 7, "exceptions[0]",
                "unknown control 'broken.contrl' in 'overcomes'; known controls: [broken.control]"));
    }

    @Test
    void loader_extendsUnknownRegime_isRejected() {
        assertThat(problems("unknown-extends.yaml")).containsExactly(at("unknown-extends.yaml", 3, "extends",
                "unknown regime 'pre-2052' in 'extends'; use a built-in regime id (chipex regimes list) or a file "
                        + "loaded beside this one"));
    }

    @Test
    void loader_fileWithTwoProblems_reportsBothAtOnce() {
        assertThat(problems("two-problems.yaml")).containsExactly(
                at("two-problems.yaml", 5, "groups.allies.countries[1]",
                        "unknown country code 'ZZ'; use ISO 3166-1 alpha-2 codes such as DE, IN, AE"),
                at("two-problems.yaml", 8, "parameters.cap",
                        "parameter 'cap' has a negative value (-1.0); quotas and thresholds must be 0 or more"));
    }

    @Test
    void loader_everyBuiltInRegime_loadsWithoutProblems() {
        for (String id : RegimeCatalog.builtIn().builtInIds()) {
            assertThat(RegimeCatalog.builtIn().get(id).id()).isEqualTo(id);
        }
    }
}
