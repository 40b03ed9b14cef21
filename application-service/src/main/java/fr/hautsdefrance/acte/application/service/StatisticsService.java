package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.Stage;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The funnel officers and the seeds report ("25 dossiers reçus, 9 présélectionnés, 6 projets
 * soutenus"): files received, complete, eligible, approved, rejected, and the amounts.
 */
@ApplicationScoped
public class StatisticsService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** A file is complete once the officer could assess it. */
    private static final Set<ApplicationStatus> COMPLETE = EnumSet.of(ApplicationStatus.ASSESSED,
            ApplicationStatus.IN_COMMITTEE, ApplicationStatus.APPROVED, ApplicationStatus.REJECTED,
            ApplicationStatus.AGREEMENT_ACCEPTED, ApplicationStatus.AGREEMENT_SIGNED, ApplicationStatus.CLOSED,
            ApplicationStatus.LAPSED);
    private static final Set<ApplicationStatus> AWARDED = EnumSet.of(ApplicationStatus.APPROVED,
            ApplicationStatus.AGREEMENT_ACCEPTED, ApplicationStatus.AGREEMENT_SIGNED, ApplicationStatus.CLOSED,
            ApplicationStatus.LAPSED);

    public record Funnel(long received, long complete, long eligible, long approved, long rejected, long withdrawn,
            BigDecimal requestedAmount, BigDecimal proposedAmount, BigDecimal awardedAmount, BigDecimal paidAmount) {
    }

    public record Statistics(Funnel total, Map<Stage, Funnel> byStage, Map<String, Funnel> byDepartement,
            Map<Integer, Funnel> byYear) {
    }

    /** Submitted files only (drafts are nobody's figures), optionally for one call, year, stage or département. */
    public Statistics compute(UUID callId, Integer year, Stage stage, String departement) {
        List<Application> received = Application.<Application>list("status != ?1", ApplicationStatus.DRAFT).stream()
                .filter(a -> a.submittedAt() != null)
                .filter(a -> callId == null || callId.equals(a.callId))
                .filter(a -> year == null || year == yearOf(a))
                .filter(a -> stage == null || stage == a.stage)
                .filter(a -> departement == null || departement.equals(departementOf(a)))
                .toList();
        return new Statistics(funnel(received), group(received, a -> a.stage),
                group(received, StatisticsService::departementOf), group(received, StatisticsService::yearOf));
    }

    private static <K> Map<K, Funnel> group(List<Application> files, Function<Application, K> key) {
        return files.stream().filter(a -> key.apply(a) != null)
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> funnel(e.getValue()),
                        (a, b) -> a, TreeMap::new));
    }

    private static Funnel funnel(List<Application> files) {
        return new Funnel(files.size(),
                files.stream().filter(a -> COMPLETE.contains(a.status())).count(),
                files.stream().filter(a -> a.eligibility() != null && Boolean.TRUE.equals(a.eligibility().eligible)).count(),
                files.stream().filter(a -> AWARDED.contains(a.status())).count(),
                files.stream().filter(a -> a.status() == ApplicationStatus.REJECTED).count(),
                files.stream().filter(a -> a.status() == ApplicationStatus.WITHDRAWN).count(),
                sum(files, a -> a.requestedAmount),
                sum(files, Application::proposedAmount),
                sum(files.stream().filter(a -> AWARDED.contains(a.status())).toList(), Application::awardedAmount),
                sum(files, Application::paidAmount));
    }

    private static BigDecimal sum(List<Application> files, Function<Application, BigDecimal> amount) {
        return files.stream().map(amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static int yearOf(Application application) {
        return application.submittedAt().atZoneSameInstant(PARIS).getYear();
    }

    /** The département of the project's first commune (INSEE codes start with it). */
    private static String departementOf(Application application) {
        return application.communeCodes.isEmpty() ? null : application.communeCodes.get(0).substring(0, 2);
    }
}
