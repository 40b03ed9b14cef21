package fr.hautsdefrance.acte.eligibility.domain;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * INSEE's grille communale de densité (7 levels) for the region's communes: levels 5, 6 and 7 (bourgs
 * ruraux, rural à habitat dispersé, rural à habitat très dispersé) are rural territory, where ACTE's
 * enhanced rate applies.
 */
public final class DensityGrid {

    public static final DensityGrid EMPTY = new DensityGrid(Map.of(), Map.of(), Set.of());

    private final Map<String, Integer> levelByCommune;
    private final Map<Integer, String> labels;
    private final Set<Integer> rural;

    public DensityGrid(Map<String, Integer> levelByCommune, Map<Integer, String> labels, Set<Integer> rural) {
        this.levelByCommune = Map.copyOf(levelByCommune);
        this.labels = Map.copyOf(labels);
        this.rural = Set.copyOf(rural);
    }

    /** A commune's level, its label and whether it is rural. */
    public record Level(int level, String label, boolean rural) {
    }

    public Optional<Level> levelOf(String communeCode) {
        Integer level = levelByCommune.get(communeCode);
        return level == null ? Optional.empty()
                : Optional.of(new Level(level, labels.getOrDefault(level, "niveau " + level), rural.contains(level)));
    }

    public int size() {
        return levelByCommune.size();
    }
}
