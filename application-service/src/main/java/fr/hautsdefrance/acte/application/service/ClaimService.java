package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.document.FileKind;
import fr.hautsdefrance.acte.application.domain.event.DomainEvent;
import fr.hautsdefrance.acte.application.domain.organisation.ClaimPiece;
import fr.hautsdefrance.acte.application.domain.organisation.OrganisationClaim;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.domain.organisation.SirenDispute;
import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Claims on SIRENs: the claimant joins the piece that proves their authority, officers verify or
 * reject a claim, and settle the disputes between claims on one SIREN. A member of the staff never
 * decides on an organisation they belong to (déport); each decision and refused attempt is kept in
 * the organisations' audit trails, and a verification is published as organisation.verified.
 */
@ApplicationScoped
public class ClaimService {

    static final String CONFLICT_OF_INTEREST = "REFUSED_CONFLICT_OF_INTEREST";

    private final CurrentUser user;
    private final Access access;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;
    private final Texts texts;

    @Inject
    public ClaimService(CurrentUser user, Access access, AuditTrail audit, Outbox outbox, Clock clock, Texts texts) {
        this.user = user;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.texts = texts;
    }

    /** A claim with its organisation, the pieces joined and whether another claim disputes its SIREN. */
    public record ClaimFile(OrganisationClaim claim, Organisation organisation, List<ClaimPiece> pieces,
            boolean disputed) {
    }

    /** The claims on one SIREN under dispute, each with its organisation and pieces. */
    public record Dispute(String siren, List<ClaimFile> claims) {
    }

    /** The claim the caller made by registering one of their organisations (members see it too). */
    public ClaimFile ofMyOrganisation(UUID organisationId) {
        Organisation organisation = access.organisationAsMember(organisationId);
        OrganisationClaim claim = claimOf(organisation);
        return new ClaimFile(claim, organisation, pieces(claim.id), false);
    }

    /** The caller's organisation's latest claim, or none for organisations registered before claims. */
    public java.util.Optional<OrganisationClaim> latestClaimOf(UUID organisationId) {
        return OrganisationClaim.<OrganisationClaim>find("organisationId", Sort.descending("submittedAt"),
                organisationId).firstResultOptional();
    }

    /** The owner joins the piece proving their authority: statutes, Kbis or RNA extract, mandate. */
    @Transactional
    public ClaimPiece joinPiece(UUID organisationId, String fileName, byte[] content) {
        Organisation organisation = access.organisationAsMember(organisationId);
        OrganisationClaim claim = claimOf(organisation);
        if (!claim.isPending()) {
            throw ProblemException.conflict("claim-decided", "La demande a déjà été " + texts.claimStatus(claim.status())
                    + " : aucune pièce ne peut plus y être jointe.");
        }
        FileKind kind = DocumentService.acceptedKind(content, "");
        ClaimPiece piece = ClaimPiece.of(claim.id, fileName, kind, content, DocumentService.sha256(content), now());
        piece.persist();
        audit.recordOnOrganisation(organisation, user.subject(), "CLAIM_PIECE_ADDED", null,
                Map.of("claimId", claim.id, "fileName", piece.fileName, "sha256", piece.sha256));
        return piece;
    }

    /** The claims waiting for an officer, oldest first (disputed ones included, flagged). */
    public List<ClaimFile> pending() {
        List<OrganisationClaim> pending = OrganisationClaim.list("status = ?1", Sort.ascending("submittedAt"),
                fr.hautsdefrance.acte.application.domain.organisation.ClaimStatus.PENDING);
        Map<String, SirenDispute> bySiren = disputesOf(pending.stream().map(c -> c.siren).distinct().toList());
        return pending.stream().map(c -> fileOf(c, bySiren.get(c.siren).isDisputed())).toList();
    }

    /** The SIRENs under dispute, the oldest claim first. */
    public List<Dispute> disputes() {
        List<String> sirens = OrganisationClaim.<OrganisationClaim>list("status = ?1", Sort.ascending("submittedAt"),
                fr.hautsdefrance.acte.application.domain.organisation.ClaimStatus.PENDING).stream()
                .map(c -> c.siren).distinct().toList();
        return disputesOf(sirens).values().stream().filter(SirenDispute::isDisputed)
                .map(d -> new Dispute(d.siren(), d.claims().stream().map(c -> fileOf(c, true)).toList())).toList();
    }

    public ClaimFile claim(UUID claimId) {
        OrganisationClaim claim = find(claimId);
        return fileOf(claim, disputeOn(claim.siren).isDisputed());
    }

    public Dispute dispute(String siren) {
        SirenDispute dispute = disputeOn(siren);
        if (dispute.claims().isEmpty()) {
            throw ProblemException.notFound("Aucune demande sur le SIREN " + siren + ".");
        }
        return new Dispute(siren, dispute.claims().stream().map(c -> fileOf(c, dispute.isDisputed())).toList());
    }

    /** The trail of the claim's organisation: claims, pieces, decisions and refused attempts. */
    public List<fr.hautsdefrance.acte.application.domain.audit.AuditEntry> history(UUID claimId) {
        return audit.history(find(claimId).organisationId);
    }

    public ClaimPiece piece(UUID claimId, UUID pieceId) {
        return ClaimPiece.<ClaimPiece>find("id = ?1 and claimId = ?2", pieceId, claimId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Aucune pièce " + pieceId + " jointe à cette demande."));
    }

    @Transactional
    public ClaimFile verify(UUID claimId) {
        OrganisationClaim claim = find(claimId);
        SirenDispute dispute = disputeOn(claim.siren);
        Organisation organisation = notMine(claim, dispute, "VERIFICATION");
        ClaimTrace before = ClaimTrace.of(claim);
        access.locked(organisation);
        DomainEvent verified = dispute.verify(claim, organisation, user.subject(), now());
        audit.recordOnOrganisation(organisation, user.subject(), "CLAIM_VERIFIED", before, ClaimTrace.of(claim));
        ApplicationEvents.publish(outbox, verified);
        return fileOf(claim, false);
    }

    @Transactional
    public ClaimFile reject(UUID claimId, String reason) {
        OrganisationClaim claim = find(claimId);
        SirenDispute dispute = disputeOn(claim.siren);
        Organisation organisation = notMine(claim, dispute, "REJECTION");
        ClaimTrace before = ClaimTrace.of(claim);
        dispute.reject(claim, organisation, user.subject(), reason, now());
        audit.recordOnOrganisation(organisation, user.subject(), "CLAIM_REJECTED", before, ClaimTrace.of(claim));
        return fileOf(claim, disputeOn(claim.siren).isDisputed());
    }

    /** Settles a dispute: the winning claim's organisation is verified, the others rejected with the reason. */
    @Transactional
    public Dispute resolve(String siren, UUID winningClaimId, String reason) {
        SirenDispute dispute = disputeOn(siren);
        OrganisationClaim winner = dispute.claims().stream().filter(c -> c.id.equals(winningClaimId)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("claimId", "La demande retenue doit être l'une des "
                        + "demandes sur le SIREN " + siren + "."));
        notMine(winner, dispute, "DISPUTE_RESOLUTION");
        Map<UUID, Organisation> organisations = organisationsOf(dispute);
        Map<UUID, ClaimTrace> before = dispute.claims().stream()
                .collect(Collectors.toMap(c -> c.id, ClaimTrace::of));
        // Every organisation the settlement changes is locked before it, in one order for all settlements.
        organisations.values().stream().sorted(Comparator.comparing(Organisation::id)).forEach(access::locked);
        SirenDispute.Resolution resolution = dispute.resolve(winningClaimId, organisations, user.subject(), reason,
                now());
        for (OrganisationClaim loser : resolution.losers()) {
            audit.recordOnOrganisation(organisations.get(loser.organisationId), user.subject(), "DISPUTE_LOST",
                    before.get(loser.id), ClaimTrace.of(loser));
        }
        Organisation won = organisations.get(winner.organisationId);
        audit.recordOnOrganisation(won, user.subject(), "DISPUTE_WON", before.get(winner.id), ClaimTrace.of(winner));
        ApplicationEvents.publish(outbox, resolution.events());
        return dispute(siren);
    }

    /**
     * The organisation of the claim, provided the caller belongs to none of the organisations claiming
     * its SIREN; otherwise the attempt is kept in their trails and refused.
     */
    private Organisation notMine(OrganisationClaim claim, SirenDispute dispute, String step) {
        Map<UUID, Organisation> organisations = organisationsOf(dispute);
        for (Organisation organisation : organisations.values()) {
            if (organisation.hasMember(user.subject()) || claim.claimantSubject.equals(user.subject())) {
                audit.recordRefusalOnOrganisation(organisation.id(), user.subject(), CONFLICT_OF_INTEREST,
                        Map.of("step", step, "claimId", claim.id));
                throw ProblemException.forbidden("Vous êtes membre d'une structure qui revendique le SIREN "
                        + claim.siren + " : vous ne pouvez pas décider de cette demande (déport). Demandez à un·e "
                        + "collègue de s'en charger ; votre tentative est enregistrée dans l'historique de la structure.");
            }
        }
        return organisations.get(claim.organisationId);
    }

    private ClaimFile fileOf(OrganisationClaim claim, boolean disputed) {
        return new ClaimFile(claim, Organisation.findById(claim.organisationId), pieces(claim.id), disputed);
    }

    private static List<ClaimPiece> pieces(UUID claimId) {
        return ClaimPiece.list("claimId", Sort.ascending("uploadedAt"), claimId);
    }

    private OrganisationClaim claimOf(Organisation organisation) {
        return latestClaimOf(organisation.id()).orElseThrow(() -> ProblemException.notFound(
                "Aucune demande de vérification pour la structure « " + organisation.name() + " »."));
    }

    private static OrganisationClaim find(UUID claimId) {
        OrganisationClaim claim = OrganisationClaim.findById(claimId);
        if (claim == null) {
            throw ProblemException.notFound("Aucune demande " + claimId + ".");
        }
        return claim;
    }

    private static SirenDispute disputeOn(String siren) {
        return SirenDispute.of(siren, OrganisationClaim.list("siren", Sort.ascending("submittedAt"), siren));
    }

    private static Map<String, SirenDispute> disputesOf(List<String> sirens) {
        Map<String, SirenDispute> disputes = new LinkedHashMap<>();
        sirens.forEach(siren -> disputes.put(siren, disputeOn(siren)));
        return disputes;
    }

    private static Map<UUID, Organisation> organisationsOf(SirenDispute dispute) {
        return dispute.claims().stream().map(c -> c.organisationId).distinct()
                .map(id -> Organisation.<Organisation>findById(id))
                .collect(Collectors.toMap(o -> o.id(), Function.identity()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

}
