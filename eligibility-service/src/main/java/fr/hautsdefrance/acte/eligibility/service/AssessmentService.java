package fr.hautsdefrance.acte.eligibility.service;

import fr.hautsdefrance.acte.eligibility.domain.Assessment;
import fr.hautsdefrance.acte.eligibility.domain.EligibilityInput;
import fr.hautsdefrance.acte.eligibility.domain.RuleEngine;
import fr.hautsdefrance.acte.eligibility.domain.Verdict;
import fr.hautsdefrance.acte.eligibility.messaging.EligibilityAssessed;
import fr.hautsdefrance.acte.eligibility.messaging.EligibilityEvents;
import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.messaging.PoisonEventException;
import fr.hautsdefrance.acte.web.RegionCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AssessmentService {

    private final ReferenceData reference;
    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public AssessmentService(ReferenceData reference, Outbox outbox, Clock clock) {
        this.reference = reference;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The public simulator: the rules in force today, nothing stored. */
    public Verdict simulate(EligibilityInput input) {
        return engineInForce().assess(input);
    }

    /** The simulator with the rules a call applies, whatever the day; empty when no such version is known. */
    public Optional<Verdict> simulate(EligibilityInput input, String ruleSetVersion) {
        return ruleSetVersion == null ? Optional.of(simulate(input))
                : reference.engine(ruleSetVersion).map(engine -> engine.assess(input));
    }

    /**
     * Assesses a submitted application with its call's rule set (the rules in force today only for an
     * event that names none), stores the trace and announces the result, in one transaction.
     */
    @Transactional
    public Assessment assessSubmittedApplication(UUID applicationId, String ruleSetVersion, EligibilityInput input) {
        RuleEngine engine = ruleSetVersion == null ? engineInForce() : reference.engine(ruleSetVersion)
                .orElseThrow(() -> new PoisonEventException("The call's rule set " + ruleSetVersion
                        + " is not one this service knows: deploy it, then replay the event."));
        Assessment assessment = Assessment.of(applicationId, input, engine.assess(input), OffsetDateTime.now(clock));
        assessment.persist();
        outbox.publish(EligibilityEvents.ASSESSED, applicationId.toString(), EligibilityAssessed.of(assessment));
        return assessment;
    }

    public Optional<Assessment> find(UUID id) {
        return Assessment.findByIdOptional(id);
    }

    /** Rule sets take effect on a French calendar date. */
    private RuleEngine engineInForce() {
        return reference.engineOn(RegionCalendar.today(clock));
    }
}
