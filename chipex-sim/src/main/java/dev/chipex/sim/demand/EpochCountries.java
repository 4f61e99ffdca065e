package dev.chipex.sim.demand;

import dev.chipex.core.country.Country;
import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.csv.CsvTable;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Epoch's country names ("Korea (Republic of)") to ISO codes, via the project's crosswalk. */
final class EpochCountries {
    private final Map<String, String> codes = new HashMap<>();

    EpochCountries() {
        for (CsvTable.Row row : CsvTable.parse(Resources.text("epoch_country_to_iso2.csv")).rows()) {
            codes.put(row.get("epoch_country"), row.get("iso3166_alpha2"));
        }
    }

    Optional<String> code(String epochName) {
        if (epochName.isBlank()) {
            return Optional.empty();
        }
        String code = codes.get(epochName.strip());
        return code != null ? Optional.of(code) : CountryCatalog.bundled().find(epochName).map(Country::code);
    }
}
