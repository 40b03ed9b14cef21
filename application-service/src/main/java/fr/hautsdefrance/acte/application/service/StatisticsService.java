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
 * summed by PostgreSQL in one query: no file is loaded, however many there are.
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
     * The submitted files with the keys they are grouped by: the stage, the département of the
     * project's first commune (INSEE codes start with it) and the year of submission in Paris.
     */
    private static final String RECEIVED = """
            select a.status, a.stage, a.eligibility_eligible, a.requested_amount, a.proposed_amount,
                   a.awarded_amount, a.paid_amount, substr(c.commune_code, 1, 2) as departement,
                   cast(extract(year from a.submitted_at at time zone 'Europe/Paris') as integer) as submitted_year
              from application a
              left join application_commune c on c.application_id = a.id and c.position = 0
             where a.status <> 'DRAFT' and a.submitted_at is not null""";

    private static final String FUNNELS = """
            select grouping(stage), grouping(departement), grouping(submitted_year), stage, departement, submitted_year,
                   count(*),
                   count(*) filter (where status in (%1$s)),
                   count(*) filter (where eligibility_eligible),
                   count(*) filter (where status in (%2$s)),
                   count(*) filter (where status = 'REJECTED'),
                   count(*) filter (where status = 'WITHDRAWN'),
                   coalesce(sum(requested_amount), 0),
                   coalesce(sum(proposed_amount), 0),
                   coalesce(sum(awarded_amount) filter (where status in (%2$s)), 0),
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
            received.append(" and a.call_id = :call");
            parameters.put("call", callId);
        }
        if (year != null) {
            received.append(" and extract(year from a.submitted_at at time zone 'Europe/Paris') = :year");
            parameters.put("year", year);
        }
        if (stage != null) {
            received.append(" and a.stage = :stage");
            parameters.put("stage", stage.name());
        }
        if (departement != null) {
            received.append(" and substr(c.commune_code, 1, 2) = :departement");
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
