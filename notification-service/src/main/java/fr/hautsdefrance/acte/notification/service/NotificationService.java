package fr.hautsdefrance.acte.notification.service;

import fr.hautsdefrance.acte.notification.domain.Notification;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NotificationService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FRENCH_DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE);

    private final Clock clock;

    @Inject
    public NotificationService(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public void applicationSubmitted(String eventId, String applicant, UUID applicationId, String reference,
            String title, OffsetDateTime submittedAt) {
        Notification.of(applicant, eventId, "APPLICATION_SUBMITTED",
                "Dossier " + reference + " déposé",
                "Votre demande de subvention ACTE « " + title + " » a bien été déposée le "
                        + FRENCH_DATE_TIME.format(submittedAt.atZoneSameInstant(PARIS))
                        + ". Son accusé de réception est disponible dans votre espace ; un·e chargé·e de mission "
                        + "va vérifier que le dossier est complet.",
                applicationId, OffsetDateTime.now(clock)).persist();
    }

    public List<Notification> listFor(String recipient) {
        return Notification.list("recipientSubject", Sort.descending("createdAt"), recipient);
    }

    public long unreadCount(String recipient) {
        return Notification.count("recipientSubject = ?1 and readAt is null", recipient);
    }

    /** Empty when the notice does not exist or belongs to someone else. */
    @Transactional
    public Optional<Notification> markRead(UUID id, String recipient) {
        Optional<Notification> notification = Notification.<Notification>findByIdOptional(id)
                .filter(n -> n.recipientSubject.equals(recipient));
        notification.ifPresent(n -> n.markRead(OffsetDateTime.now(clock)));
        return notification;
    }
}
