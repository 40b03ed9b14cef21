package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.domain.staff.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * Names people in pages, exports, letters and the trail instead of their identity-provider subject:
 * staff from the directory, applicants from their organisation, the platform's own automatic actors
 * by what they are.
 */
@ApplicationScoped
public class People {

    private static final Map<String, String> PLATFORM = Map.of(
            AuditTrail.ELIGIBILITY_SERVICE, "Analyse d'éligibilité (automatique)",
            LegalClocks.CLOCK, "Délais légaux (automatique)",
            PaymentFollowUpService.PAYMENT_SERVICE, "Suivi des versements (automatique)");

    /** How {@code subject} is named on {@code application}'s pages and in its trail. */
    public String nameOf(String subject, Application application) {
        if (subject == null) {
            return "—";
        }
        String platform = PLATFORM.get(subject);
        if (platform != null) {
            return platform;
        }
        StaffMember staff = StaffMember.findById(subject);
        if (staff != null) {
            return staff.displayName + " (Région)";
        }
        Organisation organisation = application == null ? null : Organisation.findById(application.organisationId());
        return organisation == null ? "Agent de la Région"
                : organisation.member(subject).map(m -> m.displayName == null || m.displayName.isBlank()
                        ? "Membre de " + organisation.name() : m.displayName)
                        .orElse("Ancien membre de " + organisation.name());
    }
}
