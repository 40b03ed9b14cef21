package fr.hautsdefrance.acte.eligibility.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.hautsdefrance.acte.eligibility.config.EligibilityConfig;
import fr.hautsdefrance.acte.eligibility.domain.Commune;
import fr.hautsdefrance.acte.eligibility.domain.DensityGrid;
import fr.hautsdefrance.acte.eligibility.domain.Epci;
import fr.hautsdefrance.acte.eligibility.domain.RuleEngine;
import fr.hautsdefrance.acte.eligibility.domain.RuleSet;
import fr.hautsdefrance.acte.eligibility.domain.Territory;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reference data and the rule sets, read once at start-up: a missing or broken file stops the
 * service at once rather than at the first application.
 */
@Startup
@ApplicationScoped
public class ReferenceData {

    private static final Logger LOG = Logger.getLogger(ReferenceData.class);

    /** Own reader: these files are ours and must match exactly (unknown fields fail). */
    private static final ObjectMapper FILES = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Territory territory;
    private final Provenance provenance;
    private final DensityProvenance densityProvenance;
    private final List<RuleSet> ruleSets;
    private final Map<String, RuleEngine> engines;

    @Inject
    public ReferenceData(EligibilityConfig config) {
        ReferenceFile file = read(config.referenceData(), ReferenceFile.class);
        DensityFile density = read(config.densityGrid(), DensityFile.class);
        this.densityProvenance = density.provenance();
        this.territory = new Territory(file.region().code(), file.epci(), file.communes(),
                new DensityGrid(density.communes(), density.labels(), Set.copyOf(density.rural())));
        this.provenance = file.provenance();
        this.ruleSets = config.ruleSets().stream().map(v -> read("rulesets/" + v + ".json", RuleSet.class))
                .sorted(Comparator.comparing(RuleSet::effectiveFrom)).toList();
        this.engines = ruleSets.stream().collect(Collectors.toUnmodifiableMap(RuleSet::version,
                r -> new RuleEngine(r, territory)));
        LOG.infof("Reference data: %d EPCI and %d communes (%s %s), density grid of %d communes; rule sets %s",
                territory.epciCount(), territory.communeCount(), provenance.packageName(), provenance.version(),
                density.communes().size(), config.ruleSets());
        List<String> withoutLevel = territory.communesWithoutDensityLevel();
        if (!withoutLevel.isEmpty()) {
            LOG.warnf("The density grid has no level for %d communes of the region (%s): regenerate it "
                    + "(eligibility-service/reference-data/generate-density.sh)", withoutLevel.size(),
                    String.join(", ", withoutLevel.subList(0, Math.min(10, withoutLevel.size()))));
        }
    }

    public Territory territory() {
        return territory;
    }

    public Provenance provenance() {
        return provenance;
    }

    public DensityProvenance densityProvenance() {
        return densityProvenance;
    }

    /** The rule set in force on {@code date}: the latest whose effective date has come. */
    public RuleSet ruleSetOn(LocalDate date) {
        return ruleSets.stream().filter(r -> !r.effectiveFrom().isAfter(date)).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("No ACTE rule set in force on " + date));
    }

    /** The rules in force on {@code date}, ready to assess. */
    public RuleEngine engineOn(LocalDate date) {
        return engines.get(ruleSetOn(date).version());
    }

    /** The rules of one version, ready to assess, whatever the day. */
    public Optional<RuleEngine> engine(String version) {
        return Optional.ofNullable(engines.get(version));
    }

    public Optional<RuleSet> ruleSet(String version) {
        return ruleSets.stream().filter(r -> r.version().equals(version)).findFirst();
    }

    public List<RuleSet> ruleSets() {
        return ruleSets;
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return FILES.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    public record Provenance(@com.fasterxml.jackson.annotation.JsonProperty("package") String packageName,
            String version, String licence, String source, LocalDate generatedOn, String command) {
    }

    record Region(String code, String name, List<String> departements) {
    }

    /** Where the grille communale de densité comes from and how to regenerate it. */
    public record DensityProvenance(String dataset, String publisher, String licence, String copy,
            LocalDate generatedOn, String command) {
    }

    record DensityFile(DensityProvenance provenance, Map<Integer, String> labels, List<Integer> rural,
            Map<String, Integer> communes) {
    }

    record ReferenceFile(Provenance provenance, Region region, List<Epci> epci, List<Commune> communes) {
    }
}
