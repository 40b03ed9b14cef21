package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.EligibilityResult;
import fr.hautsdefrance.acte.application.messaging.ApplicationEvents;
import fr.hautsdefrance.acte.application.messaging.ApplicationSubmitted;
import fr.hautsdefrance.acte.messaging.Outbox;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

@ApplicationScoped
public class ApplicationService {

    private static final Logger LOG = Logger.getLogger(ApplicationService.class);

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public ApplicationService(EntityManager entityManager, Outbox outbox, Clock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A new draft owned by {@code ownerSubject}, filled by {@code content}. */
    @Transactional
    public Application createDraft(String ownerSubject, Consumer<Application> content) {
        Application application = Application.draft(nextReference(), ownerSubject, OffsetDateTime.now(clock));
        content.accept(application);
        application.persist();
        return application;
    }

    /** Deposits the file and announces it, in one transaction. */
    @Transactional
    public Application submit(Application application, String submittedBy) {
        application.submit(OffsetDateTime.now(clock));
        outbox.publish(ApplicationEvents.SUBMITTED, application.id.toString(),
                ApplicationSubmitted.of(application, submittedBy));
        return application;
    }

    @Transactional
    public void recordEligibility(UUID applicationId, EligibilityResult result) {
        Optional<Application> application = Application.findByIdOptional(applicationId);
        if (application.isEmpty()) {
            // Assessments are only made for files submitted here; an unknown id is another environment's.
            LOG.warnf("Eligibility result for unknown application %s ignored", applicationId);
            return;
        }
        application.get().recordEligibility(result);
    }

    public Optional<Application> find(UUID id) {
        return Application.findByIdOptional(id);
    }

    public List<Application> listOwnedBy(String subject) {
        return Application.list("ownerSubject", Sort.descending("createdAt"), subject);
    }

    public List<Application> listAll() {
        return Application.listAll(Sort.descending("createdAt"));
    }

    private String nextReference() {
        long number = ((Number) entityManager.createNativeQuery("select nextval('application_reference_seq')")
                .getSingleResult()).longValue();
        return "ACTE-%d-%06d".formatted(Year.now(clock).getValue(), number);
    }
}
