package dev.chipex.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.chipex.core.country.DatedMembership;
import dev.chipex.core.country.EarCountryGroup;

/** One group a country is in on a date, with the dates, confidence and citation of that membership. */
@JsonPropertyOrder({"group", "title", "from", "until", "confidence", "citation"})
record CountryGroupView(String group, String title, String from, String until, String confidence, String citation) {

    static CountryGroupView of(EarCountryGroup group, DatedMembership membership) {
        return new CountryGroupView(group.id(), group.title(),
                membership.from().map(Object::toString).orElse(null),
                membership.until().map(Object::toString).orElse(null),
                membership.confidence().name(), membership.citation());
    }
}
