package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.client.CommuneInfo;
import fr.hautsdefrance.acte.application.client.EligibilityClient;
import fr.hautsdefrance.acte.application.client.EpciInfo;
import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.organisation.Invitation;
import fr.hautsdefrance.acte.application.domain.organisation.Member;
import fr.hautsdefrance.acte.application.domain.organisation.MemberRole;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.domain.organisation.ClaimStatus;
import fr.hautsdefrance.acte.application.domain.organisation.OrganisationClaim;
import fr.hautsdefrance.acte.application.domain.organisation.OrganisationRuleException;
import fr.hautsdefrance.acte.application.service.command.InviteMember;
import fr.hautsdefrance.acte.application.service.command.RegisterOrganisation;
import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganisationService {

    private static final Logger LOG = Logger.getLogger(OrganisationService.class);
    private static final Duration INVITATION_VALIDITY = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CurrentUser user;
    private final Access access;
    private final EligibilityClient eligibility;
    private final Outbox outbox;
    private final Clock clock;
    private final AuditTrail audit;

    @Inject
    public OrganisationService(CurrentUser user, Access access, EligibilityClient eligibility, Outbox outbox,
            Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.outbox = outbox;
        this.user = user;
        this.access = access;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    /**
     * Registers an organisation with the caller as its owner, and their claim on its SIREN for an officer
     * to verify. Whether the SIREN was already claimed changes nothing in the answer (that would tell
     * anyone which SIRENs are registered): a second claim is a dispute the officers settle.
     */
    @Transactional
    public Organisation register(@NotNull @Valid RegisterOrganisation command) {
        String siren = command.siren();
        // Only the caller's own claims and memberships are told apart: nothing about anyone else's. A claim
        // the Region rejected does not count: registering again is how its claimant asks anew, with new pieces.
        boolean alreadyTheirs = Organisation.count("select count(o) from Organisation o join o.members m "
                + "where o.siren = ?1 and m.subject = ?2 and not exists (select c from OrganisationClaim c "
                + "where c.organisationId = o.id and c.status = ?3)", siren, user.subject(), ClaimStatus.REJECTED) > 0;
        if (alreadyTheirs) {
            throw ProblemException.conflict("organisation-already-yours", "Vous avez déjà inscrit la structure de "
                    + "SIREN " + siren + ", ou en êtes membre : retrouvez-la dans « Mes structures ».");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Member owner = new Member(user.subject(), emailOfCaller(), user.displayName(), MemberRole.OWNER, now);
        String officialName = command.name();
        if (command.applicantType() == ApplicantType.EPCI && (officialName == null || officialName.isBlank())) {
            officialName = bestEffort(() -> eligibility.epci(siren)).map(EpciInfo::name).orElse(null);
        }
        Organisation.Registered registered = Organisation.register(officialName, command.applicantType(),
                command.legalForm(), siren, command.siret(), command.rna(), owner, now);
        Organisation organisation = registered.organisation();
        Optional<CommuneInfo> commune = command.communeCode() == null ? Optional.empty()
                : bestEffort(() -> eligibility.commune(command.communeCode()));
        // The town completes the address that letters and agreements print.
        organisation.locate(command.addressLine(), command.postcode(), command.communeCode(),
                commune.map(CommuneInfo::name).orElse(null), commune.map(CommuneInfo::epciSiren).orElse(null));
        organisation.declareMemberSirens(command.memberSirens());
        organisation.persist();
        OrganisationClaim claim = OrganisationClaim.open(organisation, owner, now);
        claim.persist();
        audit.recordOnOrganisation(organisation, user.subject(), "CLAIMED", null, ClaimTrace.of(claim));
        ApplicationEvents.publish(outbox, registered.events());
        return organisation;
    }

    public List<Organisation> mine() {
        return Organisation.<Organisation>list("select o from Organisation o join o.members m where m.subject = ?1",
                Sort.by("o.name"), user.subject());
    }

    public Organisation get(UUID id) {
        return access.organisation(id);
    }

    /** One of the caller's own organisations (regional staff included only if they are members). */
    public Organisation mineById(UUID id) {
        return access.organisationAsMember(id);
    }

    /** An owner invites someone by e-mail; the code is shown once, only its hash is kept. */
    @Transactional
    public IssuedInvitation invite(UUID organisationId, @NotNull @Valid InviteMember command) {
        Organisation organisation = access.organisationAsMember(organisationId);
        if (!organisation.isOwner(user.subject())) {
            throw ProblemException.forbidden("Seul un responsable de la structure peut inviter de nouveaux membres.");
        }
        String code = newCode();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Invitation invitation = Invitation.of(organisationId, command.email(), hash(code), user.subject(), now,
                now.plus(INVITATION_VALIDITY));
        invitation.persist();
        return new IssuedInvitation(invitation, code);
    }

    public record IssuedInvitation(Invitation invitation, String code) {
    }

    /** The signed-in person joins with the code they received at the invited address. */
    @Transactional
    public Organisation accept(String code) {
        Invitation invitation = Invitation.<Invitation>find("codeHash", hash(code)).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Code d'invitation inconnu : vérifiez-le ou demandez "
                        + "une nouvelle invitation."));
        if (!user.isEmailVerified()) {
            throw new OrganisationRuleException("Confirmez d'abord votre adresse e-mail (lien envoyé à la création de "
                    + "votre compte) : une invitation ne s'accepte qu'avec l'adresse vérifiée à laquelle elle a été envoyée.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        invitation.accept(user.subject(), user.email(), now);
        Organisation organisation = access.locked(Organisation.<Organisation>findById(invitation.organisationId));
        Member member = new Member(user.subject(), emailOfCaller(), user.displayName(), MemberRole.MEMBER, now);
        ApplicationEvents.publish(outbox, organisation.join(member));
        return organisation;
    }

    /** An owner removes a member, or a member leaves. */
    @Transactional
    public Organisation removeMember(UUID organisationId, String subject) {
        Organisation organisation = access.organisationAsMember(organisationId);
        if (!subject.equals(user.subject()) && !organisation.isOwner(user.subject())) {
            throw ProblemException.forbidden("Seul un responsable de la structure peut retirer un membre.");
        }
        access.locked(organisation);
        // payment-service drops the person from the organisation's grants at once (and cancels the bank
        // details they proposed and nobody has validated yet).
        ApplicationEvents.publish(outbox, organisation.remove(subject, user.subject(), OffsetDateTime.now(clock)));
        return organisation;
    }

    private String emailOfCaller() {
        String email = user.email();
        if (email == null || email.isBlank()) {
            throw new OrganisationRuleException("Votre compte n'a pas d'adresse e-mail vérifiée : ajoutez-en une "
                    + "dans votre profil pour recevoir les notifications de vos dossiers.");
        }
        return email;
    }

    /** Reference lookups help fill the form; their absence never blocks registration. */
    private static <T> Optional<T> bestEffort(java.util.function.Supplier<Optional<T>> lookup) {
        try {
            return lookup.get();
        } catch (RuntimeException e) {
            LOG.warnf("Reference data unavailable, field left empty: %s", e.getMessage());
            return Optional.empty();
        }
    }

    private static String newCode() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
