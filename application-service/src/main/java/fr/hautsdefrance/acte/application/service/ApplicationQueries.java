package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.Stage;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.AvailableHints;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** Lists of files: the officers' work queue with its filters, an applicant's own files. */
@ApplicationScoped
public class ApplicationQueries {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final EntityManager entityManager;
    private final CurrentUser user;

    @Inject
    public ApplicationQueries(EntityManager entityManager, CurrentUser user) {
        this.entityManager = entityManager;
        this.user = user;
    }

    /** Every filter is optional; {@code assignedOfficer} "none" finds unassigned files. */
    public record Filter(ApplicationStatus status, Stage stage, String communeCode, String assignedOfficer,
            LocalDate submittedFrom, LocalDate submittedTo, String label, UUID organisationId, UUID callId,
            String text) {
    }

    public record Page(List<Application> items, long total, int page, int size, Map<ApplicationStatus, Long> countsByStatus) {
    }

    /** One line of the officers' queue, read as such: no file is loaded to show a row. */
    public record QueueRow(UUID id, String reference, String title, Stage stage, ApplicationStatus status,
            Boolean eligible, OffsetDateTime submittedAt, String assignedOfficerName, BigDecimal requestedAmount) {

        /** eligibility-service found the file ineligible (the officer decides). */
        public boolean flaggedIneligible() {
            return Boolean.FALSE.equals(eligible);
        }
    }

    public record QueuePage(List<QueueRow> items, long total, int page, int size,
            Map<ApplicationStatus, Long> countsByStatus) {
    }

    /** One line of the officers' spreadsheet: the file's columns, its communes and labels joined. */
    public record ExportRow(String reference, ApplicationStatus status, String organisationName, String siren,
            String title, Stage stage, String communeCodes, BigDecimal requestedAmount, BigDecimal proposedAmount,
            BigDecimal awardedAmount, OffsetDateTime submittedAt, String assignedOfficerName, String labels) {
    }

    private static final String ORDER = " order by coalesce(a.submittedAt, a.createdAt) desc, a.reference desc";

    /** A page of whole files, their collections loaded, for the portal pages that show them. */
    public Page search(Filter filter, int page, int size) {
        Map<ApplicationStatus, Long> counts = countsByStatus(filter);
        return new Page(FileCollections.loaded(found("select a", Application.class, filter, page, size)),
                total(filter, counts), page, size, counts);
    }

    /** The officers' queue page: the rows it shows, the total and the counters. */
    public QueuePage queue(Filter filter, int page, int size) {
        List<QueueRow> rows = found("select a.id, a.reference, a.title, a.stage, a.status, "
                + "a.eligibility.eligible, a.submittedAt, a.assignedOfficerName, a.requestedAmount",
                QueueRow.class, filter, page, size);
        Map<ApplicationStatus, Long> counts = countsByStatus(filter);
        return new QueuePage(rows, total(filter, counts), page, size, counts);
    }

    /**
     * Every file matching the filter, as spreadsheet rows read from a cursor: the caller consumes and
     * closes the stream inside its transaction.
     */
    public Stream<ExportRow> exportRows(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<ExportRow> rows = entityManager.createQuery("select a.reference, a.status, o.name, a.siren, a.title, a.stage, "
                + "(select listagg(c, ' ') within group (order by index(c)) from a.communeCodes c), "
                + "a.requestedAmount, a.proposedAmount, a.awardedAmount, a.submittedAt, a.assignedOfficerName, "
                + "(select listagg(l, ', ') within group (order by l) from a.labels l) "
                + "from Application a join Organisation o on o.id = a.organisationId" + where + ORDER, ExportRow.class);
        parameters.forEach(rows::setParameter);
        return rows.setHint(AvailableHints.HINT_FETCH_SIZE, 500).getResultStream();
    }

    private <T> List<T> found(String select, Class<T> type, Filter filter, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<T> items = entityManager.createQuery(select + " from Application a" + where(filter, parameters)
                + ORDER, type);
        parameters.forEach(items::setParameter);
        return items.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /**
     * The counters count the files of each status matching the other filters: the total is theirs,
     * or the filtered status's own counter, without counting the files a second time.
     */
    private static long total(Filter filter, Map<ApplicationStatus, Long> counts) {
        return filter.status() != null ? counts.getOrDefault(filter.status(), 0L)
                : counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The queue's counters: how many files of each status match the other filters. */
    private Map<ApplicationStatus, Long> countsByStatus(Filter filter) {
        return summaryHolds(filter) ? summarisedCounts(filter) : countedCounts(filter);
    }

    /**
     * The summary of the deposited files (V94_1, kept by the database with every change of a file)
     * holds them by status, stage and call: the Region's usual views of the queue (every file, a
     * status's tab, a stage, a call) read their counters there, at the same cost whatever the number
     * of files. Other filters (text, officer, commune, dates, label, organisation) and an applicant's
     * own files are counted: a selective filter is cheap through its index, a broad one over many
     * files is the cost that remains. Counting up to a bound (« plus de 10 000 ») would need the
     * pager and the counters to say so; they show exact figures, so it is not done.
     */
    private boolean summaryHolds(Filter filter) {
        return user.isRegionalStaff() && filter.communeCode() == null && filter.assignedOfficer() == null
                && filter.submittedFrom() == null && filter.submittedTo() == null && filter.label() == null
                && filter.organisationId() == null && (filter.text() == null || filter.text().isBlank());
    }

    private Map<ApplicationStatus, Long> summarisedCounts(Filter filter) {
        StringBuilder sql = new StringBuilder("select status, sum(files) from application_summary_current where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.stage() != null) {
            sql.append(" and stage = :stage");
            parameters.put("stage", filter.stage().name());
        }
        if (filter.callId() != null) {
            sql.append(" and call_id = :call");
            parameters.put("call", filter.callId());
        }
        var query = entityManager.createNativeQuery(sql.append(" group by status").toString());
        parameters.forEach(query::setParameter);
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put(ApplicationStatus.valueOf((String) columns[0]), ((Number) columns[1]).longValue());
        }
        return counts;
    }

    private Map<ApplicationStatus, Long> countedCounts(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        Filter withoutStatus = new Filter(null, filter.stage(), filter.communeCode(), filter.assignedOfficer(),
                filter.submittedFrom(), filter.submittedTo(), filter.label(), filter.organisationId(), filter.callId(),
                filter.text());
        var query = entityManager.createQuery("select a.status, count(a) from Application a"
                + where(withoutStatus, parameters) + " group by a.status", Object[].class);
        parameters.forEach(query::setParameter);
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        for (Object[] row : query.getResultList()) {
            counts.put((ApplicationStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    private String where(Filter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!user.isRegionalStaff()) {
            where.append(" and a.organisationId in (select o.id from Organisation o join o.members m where m.subject = :me)");
            parameters.put("me", user.subject());
        } else {
            // Drafts are the applicant's: the Region's queue, counts and exports list deposited files only.
            where.append(" and a.status <> :draft");
            parameters.put("draft", ApplicationStatus.DRAFT);
        }
        if (filter.status() != null) {
            where.append(" and a.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.stage() != null) {
            where.append(" and a.stage = :stage");
            parameters.put("stage", filter.stage());
        }
        if (filter.communeCode() != null) {
            where.append(" and :commune member of a.communeCodes");
            parameters.put("commune", filter.communeCode());
        }
        if ("none".equals(filter.assignedOfficer())) {
            where.append(" and a.assignedOfficer is null");
        } else if (filter.assignedOfficer() != null) {
            where.append(" and a.assignedOfficer = :officer");
            parameters.put("officer", filter.assignedOfficer());
        }
        if (filter.submittedFrom() != null) {
            where.append(" and a.submittedAt >= :from");
            parameters.put("from", filter.submittedFrom().atStartOfDay(PARIS).toOffsetDateTime());
        }
        if (filter.submittedTo() != null) {
            where.append(" and a.submittedAt < :to");
            parameters.put("to", filter.submittedTo().plusDays(1).atStartOfDay(PARIS).toOffsetDateTime());
        }
        if (filter.label() != null) {
            where.append(" and :label member of a.labels");
            parameters.put("label", filter.label());
        }
        if (filter.organisationId() != null) {
            where.append(" and a.organisationId = :organisation");
            parameters.put("organisation", filter.organisationId());
        }
        if (filter.callId() != null) {
            where.append(" and a.callId = :call");
            parameters.put("call", filter.callId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(a.reference) like :text or lower(a.title) like :text)");
            parameters.put("text", "%" + filter.text().toLowerCase(java.util.Locale.ROOT).replace("%", "\\%") + "%");
        }
        return where.toString();
    }
}
