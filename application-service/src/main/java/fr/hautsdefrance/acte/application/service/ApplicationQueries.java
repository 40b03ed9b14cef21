package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.Stage;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    public Page search(Filter filter, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Application> items = entityManager.createQuery("select a from Application a" + where
                + " order by coalesce(a.submittedAt, a.createdAt) desc, a.reference desc", Application.class);
        TypedQuery<Long> total = entityManager.createQuery("select count(a) from Application a" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<Application> found = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page(found, total.getSingleResult(), page, size, countsByStatus(filter));
    }

    /** The queue's counters: how many files of each status match the other filters. */
    private Map<ApplicationStatus, Long> countsByStatus(Filter filter) {
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
