package fr.hautsdefrance.acte.eligibility.domain;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The region's EPCI and communes, from INSEE's official geographic code. */
public final class Territory {

    private final String regionCode;
    private final Map<String, Epci> epciBySiren;
    private final Map<String, Commune> communeByCode;
    private final List<Commune> communesByName;
    private final DensityGrid densityGrid;

    public Territory(String regionCode, Collection<Epci> epci, Collection<Commune> communes) {
        this(regionCode, epci, communes, DensityGrid.EMPTY);
    }

    public Territory(String regionCode, Collection<Epci> epci, Collection<Commune> communes, DensityGrid densityGrid) {
        this.densityGrid = densityGrid;
        this.regionCode = regionCode;
        this.epciBySiren = epci.stream().collect(Collectors.toUnmodifiableMap(Epci::siren, Function.identity()));
        this.communeByCode = communes.stream().collect(Collectors.toUnmodifiableMap(Commune::code, Function.identity()));
        this.communesByName = communes.stream()
                .sorted(Comparator.comparing(Commune::population).reversed().thenComparing(Commune::code))
                .toList();
    }

    public String regionCode() {
        return regionCode;
    }

    public Optional<Epci> epci(String siren) {
        return Optional.ofNullable(epciBySiren.get(siren));
    }

    public Optional<Commune> commune(String code) {
        return Optional.ofNullable(communeByCode.get(code));
    }

    /** The commune's level in INSEE's grille communale de densité (1 to 7), when the grid gives one. */
    public Optional<DensityGrid.Level> densityLevel(String communeCode) {
        return densityGrid.levelOf(communeCode);
    }

    /** Communes of the region the density grid has no level for (their files are not rural unless corrected). */
    public List<String> communesWithoutDensityLevel() {
        return communeByCode.keySet().stream().filter(code -> densityGrid.levelOf(code).isEmpty()).sorted().toList();
    }

    public int epciCount() {
        return epciBySiren.size();
    }

    public int communeCount() {
        return communeByCode.size();
    }

    /**
     * Communes whose name starts with {@code query} (accents, case, hyphens ignored: "henin" finds
     * Hénin-Beaumont) or whose postcode starts with it; the most populated first.
     */
    public List<Commune> searchCommunes(String query, int limit) {
        String wanted = searchable(query);
        if (wanted.isEmpty()) {
            return List.of();
        }
        boolean digits = wanted.chars().allMatch(Character::isDigit);
        return communesByName.stream()
                .filter(c -> digits ? c.postcodes().stream().anyMatch(p -> p.startsWith(wanted)) || c.code().startsWith(wanted)
                        : searchable(c.name()).startsWith(wanted))
                .limit(limit)
                .toList();
    }

    static String searchable(String text) {
        String withoutAccents = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[-'’\\s]+", " ").trim();
    }
}
