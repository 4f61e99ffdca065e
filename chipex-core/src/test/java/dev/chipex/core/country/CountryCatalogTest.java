package dev.chipex.core.country;

import dev.chipex.core.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountryCatalogTest {
    private final CountryCatalog catalog = CountryCatalog.bundled();

    @Test
    void all_holdsEveryIso3166Alpha2Country() {
        assertThat(catalog.all()).hasSizeGreaterThanOrEqualTo(249);
        assertThat(catalog.all()).extracting(Country::code).contains("US", "CN", "NA", "HK", "MO", "TW", "AE");
    }

    @Test
    void find_commonAliases_resolveToTheirCodes() {
        assertThat(catalog.find("UK")).map(Country::code).contains("GB");
        assertThat(catalog.find("South Korea")).map(Country::code).contains("KR");
        assertThat(catalog.find("south korea")).map(Country::code).contains("KR");
        assertThat(catalog.find("UAE")).map(Country::code).contains("AE");
        assertThat(catalog.find("Burma")).map(Country::code).contains("MM");
        assertThat(catalog.find("Türkiye")).map(Country::code).contains("TR");
    }

    @Test
    void find_codeInAnyCase_andNamibiaIsACountry() {
        assertThat(catalog.find("de")).map(Country::name).contains("Germany");
        assertThat(catalog.find("NA")).map(Country::name).contains("Namibia");
    }

    @Test
    void find_hongKong_isItsOwnCountryInTheCatalog() {
        assertThat(catalog.find("Hong Kong")).map(Country::code).contains("HK");
    }

    @Test
    void resolve_unknownCode_namesTheFieldAndSuggests() {
        assertThatThrownBy(() -> catalog.resolve("--destination", "XX"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("--destination: unknown country 'XX'")
                .hasMessageContaining("did you mean:");
    }

    @Test
    void resolve_misspeltName_suggestsTheRightOne() {
        assertThatThrownBy(() -> catalog.resolve("country", "Germny")).hasMessageContaining("Germany");
    }
}
