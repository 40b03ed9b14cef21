package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The funnel officers and the seeds report ("25 dossiers reçus, 9 présélectionnés, 6 projets
 * soutenus"): files received, complete, eligible, approved, rejected, and the amounts. Counted and
 * summed by PostgreSQL in one query over the summary kept with the files: no file is read, however
 * many there are.
 */
@ApplicationScoped
public class StatisticsService {

    /** A file is complete once the officer could assess it. */
    private static final Set<ApplicationStatus> COMPLETE = EnumSet.of(ApplicationStatus.ASSESSED,
            ApplicationStatus.IN_COMMITTEE, ApplicationStatus.APPROVED, ApplicationStatus.REJECTED,
            ApplicationStatus.AGREEMENT_ACCEPTED, ApplicationStatus.AGREEMENT_SIGNED, ApplicationStatus.CLOSED,
            ApplicationStatus.LAPSED);
    private static final Set<ApplicationStatus> AWARDED = EnumSet.of(ApplicationStatus.APPROVED,
            ApplicationStatus.AGREEMENT_ACCEPTED, ApplicationStatus.AGREEMENT_SIGNED, ApplicationStatus.CLOSED,
            ApplicationStatus.LAPSED);

    /**
     * The submitted files by the keys they are grouped by (the stage, the département of the project's
     * first commune, the year of submission in Paris) and those they are filtered by, as the summary
     * kept with the files holds them (V94_1): a few rows per key, however many files there are. A
     * deposited file without a year was never submitted.
     */
    private static final String RECEIVED = """
            select status, stage, departement, submitted_year, eligible, files, requested_files, requested_amount,
                   proposed_files, proposed_amount, awarded_files, awarded_amount, paid_amount
              from application_summary_current
             where submitted_year is not null""";

    /**
     * The funnel of each group, as counting and summing the files themselves would give it: an
     * amount no file of the group has sums to 0.
     */
    private static final String FUNNELS = """
            select grouping(stage), grouping(departement), grouping(submitted_year), stage, departement, submitted_year,
                   coalesce(sum(files), 0),
                   coalesce(sum(files) filter (where status in (%1$s)), 0),
                   coalesce(sum(files) filter (where eligible), 0),
                   coalesce(sum(files) filter (where status in (%2$s)), 0),
                   coalesce(sum(files) filter (where status = 'REJECTED'), 0),
                   coalesce(sum(files) filter (where status = 'WITHDRAWN'), 0),
                   coalesce(sum(requested_amount) filter (where requested_files > 0), 0),
                   coalesce(sum(proposed_amount) filter (where proposed_files > 0), 0),
                   coalesce(sum(awarded_amount) filter (where status in (%2$s) and awarded_files > 0), 0),
                   coalesce(sum(paid_amount), 0)
              from (%3$s) received
             group by grouping sets ((), (stage), (departement), (submitted_year))""";

    private static final Funnel EMPTY = new Funnel(0, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO);

    private final EntityManager entityManager;

    @Inject
    public StatisticsService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record Funnel(long received, long complete, long eligible, long approved, long rejected, long withdrawn,
            BigDecimal requestedAmount, BigDecimal proposedAmount, BigDecimal awardedAmount, BigDecimal paidAmount) {
    }

    public record Statistics(Funnel total, Map<Stage, Funnel> byStage, Map<String, Funnel> byDepartement,
            Map<Integer, Funnel> byYear) {
    }

    /** Submitted files only (drafts are nobody's figures), optionally for one call, year, stage or département. */
    public Statistics compute(UUID callId, Integer year, Stage stage, String departement) {
        StringBuilder received = new StringBuilder(RECEIVED);
        Map<String, Object> parameters = new HashMap<>();
        if (callId != null) {
            received.append(" and call_id = :call");
            parameters.put("call", callId);
        }
        if (year != null) {
            received.append(" and submitted_year = :year");
            parameters.put("year", year);
        }
        if (stage != null) {
            received.append(" and stage = :stage");
            parameters.put("stage", stage.name());
        }
        if (departement != null) {
            received.append(" and departement = :departement");
            parameters.put("departement", departement);
        }
        Query query = entityManager.createNativeQuery(FUNNELS.formatted(literals(COMPLETE), literals(AWARDED), received));
        parameters.forEach(query::setParameter);

        Funnel total = EMPTY;
        Map<Stage, Funnel> byStage = new TreeMap<>();
        Map<String, Funnel> byDepartement = new TreeMap<>();
        Map<Integer, Funnel> byYear = new TreeMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            Funnel funnel = funnel(columns);
            boolean byStageRow = number(columns[0]) == 0;
            boolean byDepartementRow = number(columns[1]) == 0;
            boolean byYearRow = number(columns[2]) == 0;
            // A file without a stage or a commune counts in the total, not under an empty key.
            if (byStageRow && columns[3] != null) {
                byStage.put(Stage.valueOf((String) columns[3]), funnel);
            } else if (byDepartementRow && columns[4] != null) {
                byDepartement.put((String) columns[4], funnel);
            } else if (byYearRow && columns[5] != null) {
                byYear.put((int) number(columns[5]), funnel);
            } else if (!byStageRow && !byDepartementRow && !byYearRow) {
                total = funnel;
            }
        }
        return new Statistics(total, byStage, byDepartement, byYear);
    }

    private static Funnel funnel(Object[] columns) {
        return new Funnel(number(columns[6]), number(columns[7]), number(columns[8]), number(columns[9]),
                number(columns[10]), number(columns[11]), (BigDecimal) columns[12], (BigDecimal) columns[13],
                (BigDecimal) columns[14], (BigDecimal) columns[15]);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** The statuses as SQL literals: enum names, never user input. */
    private static String literals(Set<ApplicationStatus> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }
}
