package fr.hautsdefrance.acte.notification.rest;

import fr.hautsdefrance.acte.notification.domain.EmailMode;
import fr.hautsdefrance.acte.notification.service.NotificationService;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How the caller wants their e-mails: regional staff may take a daily digest; applicants cannot defer theirs. */
@Path("/api/v1/notifications/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Notifications")
public class PreferenceResource {

    private final NotificationService notifications;
    private final CurrentUser user;

    @Inject
    public PreferenceResource(NotificationService notifications, CurrentUser user) {
        this.notifications = notifications;
        this.user = user;
    }

    public record PreferenceView(EmailMode emailMode, boolean digestAvailable) {
    }

    public record PreferenceChange(String emailMode) {
    }

    @GET
    @Operation(summary = "My e-mail preference")
    public PreferenceView mine() {
        return new PreferenceView(notifications.emailModeOf(user.subject()), user.isRegionalStaff());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose immediate e-mails or a daily digest (regional staff only)")
    public PreferenceView choose(PreferenceChange change) {
        EmailMode mode = parse(change == null ? null : change.emailMode());
        if (mode == EmailMode.DIGEST && !user.isRegionalStaff()) {
            throw ProblemException.forbidden("Les messages adressés aux porteurs de projet sont envoyés dès "
                    + "l'événement et ne peuvent pas être regroupés ni désactivés : le résumé quotidien est réservé "
                    + "aux agents de la Région.");
        }
        // Kept fresh here too: a digest needs the officer's address.
        notifications.rememberCaller(user.subject(), user.email(), user.displayName());
        return new PreferenceView(notifications.chooseEmailMode(user.subject(), mode), user.isRegionalStaff());
    }

    private static EmailMode parse(String value) {
        String allowed = Arrays.stream(EmailMode.values()).map(Enum::name).collect(Collectors.joining(" ou "));
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField("emailMode", "emailMode est obligatoire : " + allowed + ".");
        }
        try {
            return EmailMode.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("emailMode", "emailMode « " + value + " » inconnu : " + allowed + ".");
        }
    }
}
