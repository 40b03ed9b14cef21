package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.staff.StaffMember;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import fr.hautsdefrance.acte.web.security.Roles;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The officer directory: the Region's staff holding {@code officer} or {@code manager}, recorded
 * from their first sign-in, with the name the identity provider gives them. A person is written
 * once per service start (their name and roles refreshed then), not at every request.
 */
@ApplicationScoped
public class StaffDirectory {

    private final CurrentUser user;
    private final Clock clock;
    private final Map<String, Boolean> recorded = new ConcurrentHashMap<>();

    @Inject
    public StaffDirectory(CurrentUser user, Clock clock) {
        this.user = user;
        this.clock = clock;
    }

    /** Whether the signed-in person is staff the directory has not recorded since the service started. */
    public boolean unrecorded() {
        return (user.is(Roles.OFFICER) || user.is(Roles.MANAGER)) && !recorded.containsKey(user.subject());
    }

    /** Records (or refreshes) the signed-in officer or manager. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSignedIn() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        StaffMember known = StaffMember.findById(user.subject());
        if (known == null) {
            StaffMember.firstSeen(user.subject(), user.displayName(), user.email(), user.is(Roles.OFFICER),
                    user.is(Roles.MANAGER), now).persist();
        } else {
            known.seenAgain(user.displayName(), user.email(), user.is(Roles.OFFICER), user.is(Roles.MANAGER), now);
        }
        recorded.put(user.subject(), Boolean.TRUE);
    }

    /** The officers files may be assigned to, by name. */
    public List<StaffMember> officers() {
        return StaffMember.list("officer", Sort.ascending("displayName"), true);
    }

    /** A listed officer; 400 naming the field otherwise. */
    public StaffMember officer(String subject) {
        return Optional.ofNullable(StaffMember.<StaffMember>findById(subject)).filter(m -> m.officer)
                .orElseThrow(() -> ProblemException.invalidField("officer", "Cette personne n'est pas dans l'annuaire "
                        + "des chargé·es de mission : choisissez un·e chargé·e de mission de la liste (chacun·e y figure "
                        + "dès sa première connexion)."));
    }

    public Optional<StaffMember> find(String subject) {
        return Optional.ofNullable(StaffMember.findById(subject));
    }
}
