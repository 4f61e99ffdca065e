package dev.chipex.core.country;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** One EAR Country Group (D:1, D:4, D:5, A:5, A:6 or Macau) with dated members. */
public record EarCountryGroup(String id, String title, String citation, List<DatedMembership> members) {
    public EarCountryGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(citation, "citation");
        members = List.copyOf(members);
    }

    public Set<String> membersOn(LocalDate date) {
        Set<String> codes = new TreeSet<>();
        for (DatedMembership m : members) {
            if (m.activeOn(date)) {
                codes.add(m.country());
            }
        }
        return codes;
    }

    /** The country's membership record in force on the date, if any. */
    public java.util.Optional<DatedMembership> membershipOn(String country, LocalDate date) {
        return members.stream().filter(m -> m.country().equals(country) && m.activeOn(date)).findFirst();
    }
}
