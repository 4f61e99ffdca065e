package dev.chipex.core.country;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The EAR Country Groups the advanced-computing rules refer to, as dated data bundled with the
 * core ({@code ear-country-groups.yaml}). Hong Kong takes China's groups.
 */
public final class EarCountryGroups {
    private static final EarCountryGroups BUNDLED = load(CountryCatalog.bundled());

    private final Map<String, EarCountryGroup> groups;
    private final Map<String, TreatedAs> sameAs;
    private final String version;

    private EarCountryGroups(String version, Map<String, EarCountryGroup> groups, Map<String, TreatedAs> sameAs) {
        this.version = version;
        this.groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        this.sameAs = Map.copyOf(sameAs);
    }

    public static EarCountryGroups bundled() {
        return BUNDLED;
    }

    public String version() {
        return version;
    }

    public Collection<EarCountryGroup> all() {
        return groups.values();
    }

    public Optional<EarCountryGroup> find(String id) {
        return Optional.ofNullable(groups.get(id));
    }

    /** The country whose groups {@code code} takes (CN for HK), or {@code code} itself. */
    public String treatedAs(String code) {
        TreatedAs rule = sameAs.get(code);
        return rule == null ? code : rule.asCountry();
    }

    /** The rule that makes {@code code} take another country's groups, if one does. */
    public Optional<TreatedAs> treatment(String code) {
        return Optional.ofNullable(sameAs.get(code));
    }

    public boolean isMember(String group, String country, LocalDate date) {
        EarCountryGroup g = groups.get(group);
        return g != null && g.membershipOn(treatedAs(country), date).isPresent();
    }

    /** Ids of the groups the country belongs to on the date, in file order. */
    public List<String> groupsOf(String country, LocalDate date) {
        List<String> ids = new ArrayList<>();
        for (EarCountryGroup g : groups.values()) {
            if (g.membershipOn(treatedAs(country), date).isPresent()) {
                ids.add(g.id());
            }
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static EarCountryGroups load(CountryCatalog countries) {
        Map<String, Object> root;
        try (InputStream in = EarCountryGroups.class.getResourceAsStream("ear-country-groups.yaml")) {
            if (in == null) {
                throw new IllegalStateException("ear-country-groups.yaml is missing from the chipex-core jar");
            }
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, TreatedAs> sameAs = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) root.getOrDefault("sameAs", Map.of()))
                .forEach((code, target) -> sameAs.put(code, new TreatedAs(code, (String) target.get("country"),
                        (String) target.get("citation"))));
        Map<String, EarCountryGroup> groups = new LinkedHashMap<>();
        var groupData = (Map<String, Map<String, Object>>) root.get("groups");
        groupData.forEach((id, body) -> {
            List<DatedMembership> members = new ArrayList<>();
            for (Map<String, Object> m : (List<Map<String, Object>>) body.get("members")) {
                Object value = m.get("country");
                if (!(value instanceof String)) {
                    throw new IllegalStateException("ear-country-groups.yaml: group " + id + " has country " + value
                            + " that is not text; quote codes YAML reads as booleans, e.g. \"NO\" for Norway");
                }
                String code = (String) value;
                if (!countries.isKnownCode(code)) {
                    throw new IllegalStateException("ear-country-groups.yaml: group " + id + " lists unknown country " + code);
                }
                members.add(new DatedMembership(code, date(m.get("from")), date(m.get("until")),
                        Confidence.valueOf((String) m.get("confidence")),
                        (String) m.getOrDefault("citation", body.get("citation"))));
            }
            groups.put(id, new EarCountryGroup(id, (String) body.get("title"), (String) body.get("citation"), members));
        });
        return new EarCountryGroups(String.valueOf(root.get("version")), groups, sameAs);
    }

    private static Optional<LocalDate> date(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof java.util.Date d) {
            return Optional.of(d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        }
        return Optional.of(LocalDate.parse(value.toString()));
    }
}
