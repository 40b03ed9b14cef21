package fr.hautsdefrance.acte.application.domain.organisation;

import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import jakarta.persistence.Version;

import fr.hautsdefrance.acte.application.domain.event.DomainEvent;
import fr.hautsdefrance.acte.application.domain.event.OrganisationPayloads;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The applicant legal entity (structure porteuse) and the people acting for it. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false)
    private ApplicantType applicantType;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", nullable = false)
    private LegalForm legalForm;

    /**
     * Several organisations may claim one SIREN (see {@link SirenDispute}); one at most is verified,
     * and people join it by invitation rather than register it again.
     */
    @Column(nullable = false)
    private String siren;

    /** The establishment the grant is paid to (head office by default). */
    private String siret;

    /** Associations only: W + nine digits. */
    private String rna;

    @Column(name = "address_line")
    private String addressLine;

    private String postcode;

    @Column(name = "commune_code")
    private String communeCode;

    /** The commune's name, for the address printed on letters and agreements. */
    private String town;

    /** The EPCI of the organisation's commune, or the organisation itself when it is an EPCI. */
    @Column(name = "epci_siren")
    private String epciSiren;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "organisation_member_siren", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    @Column(name = "siren", nullable = false)
    private List<String> memberSirens = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "organisation_member", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    private List<Member> members = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** When an officer verified the organisation (null until then, and again if it lost a dispute). */
    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;

    @Column(name = "verified_by")
    private String verifiedBy;

    /**
     * The revision of the member list published as organisation.contacts-changed: incremented at each
     * change of the list, so that consumers keep the latest and ignore an older one replayed. 0 until
     * it was first published (organisations registered before that event existed).
     */
    @Column(name = "contacts_revision", nullable = false)
    private long contactsRevision;

    @Version
    private long version;

    protected Organisation() {
    }

    /**
     * A new organisation, its owner its first member. Refused, naming the field, when the Region could
     * not tell who it is: no name, a SIRET of another SIREN, an association without its RNA number, or
     * nothing to publish the grant with (see {@link #identifiableInOpenData()}). The owner's joining is the
     * organisation's first event, with its first list of contacts.
     */
    public static Registered register(String name, ApplicantType type, LegalForm legalForm, String siren,
            String siret, String rna, Member owner, OffsetDateTime now) {
        if (name == null || name.isBlank()) {
            throw new InvalidOrganisationException("name", "Indiquez le nom de la structure.");
        }
        if (siret != null && !siret.startsWith(siren)) {
            throw new InvalidOrganisationException("siret", "Ce SIRET n'appartient pas au SIREN " + siren
                    + " : vérifiez-le sur l'avis de situation SIRENE.");
        }
        if (legalForm == LegalForm.ASSOCIATION && (rna == null || rna.isBlank())) {
            throw new InvalidOrganisationException("rna", "Indiquez le numéro RNA de l'association (W suivi de 9 chiffres).");
        }
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.name = name;
        organisation.applicantType = type;
        organisation.legalForm = legalForm;
        organisation.siren = siren;
        organisation.siret = siret;
        organisation.rna = rna;
        organisation.createdAt = now;
        organisation.members.add(owner);
        if (!organisation.identifiableInOpenData()) {
            throw new InvalidOrganisationException("siret", "Indiquez le numéro SIRET de l'établissement (14 chiffres, "
                    + "sur l'avis de situation SIRENE) : il est demandé à toute structure autre qu'une association, "
                    + "car les subventions sont publiées avec lui.");
        }
        return new Registered(organisation, List.of(OrganisationPayloads.MemberAdded.of(organisation, owner),
                organisation.membersChanged(now)));
    }

    /** A new organisation, and the events its registration causes: its owner added, its contacts. */
    public record Registered(Organisation organisation, List<DomainEvent> events) {
    }

    /**
     * Where the organisation is: its address, and the town and EPCI its commune belongs to (the
     * organisation itself when it is an EPCI), for the letters and the agreement.
     */
    public void locate(String addressLine, String postcode, String communeCode, String town, String epciSiren) {
        this.addressLine = addressLine;
        this.postcode = postcode;
        this.communeCode = communeCode;
        this.town = town;
        this.epciSiren = applicantType == ApplicantType.EPCI ? siren : epciSiren;
    }

    /** The SIRENs of the organisation's members (a grouping of several structures). */
    public void declareMemberSirens(List<String> sirens) {
        memberSirens.clear();
        memberSirens.addAll(sirens);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ApplicantType applicantType() {
        return applicantType;
    }

    public LegalForm legalForm() {
        return legalForm;
    }

    public String siren() {
        return siren;
    }

    public String siret() {
        return siret;
    }

    public String rna() {
        return rna;
    }

    public String addressLine() {
        return addressLine;
    }

    public String postcode() {
        return postcode;
    }

    public String communeCode() {
        return communeCode;
    }

    public String town() {
        return town;
    }

    public String epciSiren() {
        return epciSiren;
    }

    public List<String> memberSirens() {
        return java.util.Collections.unmodifiableList(memberSirens);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public long contactsRevision() {
        return contactsRevision;
    }

    public List<Member> members() {
        return List.copyOf(members);
    }

    public Optional<Member> member(String subject) {
        return members.stream().filter(m -> m.subject.equals(subject)).findFirst();
    }

    public boolean hasMember(String subject) {
        return member(subject).isPresent();
    }

    public boolean isOwner(String subject) {
        return member(subject).map(m -> m.role == MemberRole.OWNER).orElse(false);
    }

    /** Someone joins (an invitation accepted): returns the member-added event and the new contacts. */
    public List<DomainEvent> join(Member member) {
        if (hasMember(member.subject)) {
            throw new OrganisationRuleException("Vous êtes déjà membre de cette structure.");
        }
        members.add(member);
        return List.of(OrganisationPayloads.MemberAdded.of(this, member), membersChanged(member.joinedAt));
    }

    /**
     * The first publication of the member list of an organisation registered before lists were published
     * (revision 0); nothing once a list was published, so that announcing twice is impossible.
     */
    public Optional<DomainEvent> announceContactsIfNeverPublished(OffsetDateTime now) {
        return contactsRevision == 0 ? Optional.of(membersChanged(now)) : Optional.empty();
    }

    /**
     * The member list as it now is, under the next revision: every change of the list ends with it, so
     * that whoever tells the members learns of it in the change's transaction.
     */
    private DomainEvent membersChanged(OffsetDateTime at) {
        contactsRevision++;
        return OrganisationPayloads.ContactsChanged.of(this, at);
    }

    /**
     * Whether the open-data file of awarded grants (décret 2017-779) can name this beneficiary: by its
     * SIRET, or an association by its RNA number. A grant is not voted to a beneficiary it cannot name.
     */
    public boolean identifiableInOpenData() {
        boolean hasSiret = siret != null && !siret.isBlank();
        boolean associationWithRna = legalForm == LegalForm.ASSOCIATION && rna != null && !rna.isBlank();
        return hasSiret || associationWithRna;
    }

    /**
     * An owner removes a member, or a member leaves; the organisation always keeps at least one owner.
     * Returns the member-removed event and the contacts left.
     */
    public List<DomainEvent> remove(String subject, String removedBy, OffsetDateTime now) {
        Member member = member(subject).orElseThrow(() ->
                new OrganisationRuleException("Cette personne n'est pas membre de la structure."));
        if (member.role == MemberRole.OWNER && members.stream().filter(m -> m.role == MemberRole.OWNER).count() == 1) {
            throw new OrganisationRuleException("La structure doit garder au moins un responsable : "
                    + "désignez-en un autre avant de retirer celui-ci.");
        }
        members.remove(member);
        return List.of(OrganisationPayloads.MemberRemoved.of(this, subject, removedBy, now), membersChanged(now));
    }

    public boolean isVerified() {
        return verifiedAt != null;
    }

    public OffsetDateTime verifiedAt() {
        return verifiedAt;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    /** Returns the organisation-verified event. */
    DomainEvent markVerified(String officer, OffsetDateTime now) {
        verifiedAt = now;
        verifiedBy = officer;
        return OrganisationPayloads.Verified.of(this);
    }

    void withdrawVerification() {
        verifiedAt = null;
        verifiedBy = null;
    }

    /**
     * A file is deposited only for a verified organisation (ACTE.md); until then its drafts are kept
     * and can be completed.
     */
    public void ensureVerifiedForDeposit() {
        if (!isVerified()) {
            throw new OrganisationRuleException("La structure « " + name + " » n'est pas encore vérifiée par la "
                    + "Région : le dossier ne peut être déposé qu'après cette vérification (SIREN contrôlé sur les "
                    + "statuts, l'extrait Kbis ou l'extrait RNA joint à votre demande). Votre brouillon est conservé : "
                    + "vous pourrez le déposer dès que la structure sera vérifiée.");
        }
    }
}
