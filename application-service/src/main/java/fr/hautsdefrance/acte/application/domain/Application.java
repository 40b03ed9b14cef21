package fr.hautsdefrance.acte.application.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An application for an ACTE grant (dossier). Its status only changes through the methods below,
 * each of which checks that the change is allowed from the current status.
 */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The number the applicant quotes, e.g. ACTE-2026-000123. */
    @Column(nullable = false, unique = true, updatable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;

    /** OIDC subject of the member who created the file. */
    @Column(name = "owner_subject", nullable = false, updatable = false)
    public String ownerSubject;

    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type")
    public ApplicantType applicantType;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form")
    public LegalForm legalForm;

    public String siren;

    @ElementCollection
    @CollectionTable(name = "application_member_siren", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @Column(name = "siren", nullable = false)
    public List<String> memberSirens = new ArrayList<>();

    @Column(name = "de_minimis_received")
    public BigDecimal deMinimisReceived;

    @Enumerated(EnumType.STRING)
    public Stage stage;

    @ElementCollection
    @CollectionTable(name = "application_commune", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @Column(name = "commune_code", nullable = false)
    public List<String> communeCodes = new ArrayList<>();

    public boolean rural;

    public boolean qpv;

    @ElementCollection
    @CollectionTable(name = "application_partner", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    public List<Partner> partners = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_expense_line", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    public List<ExpenseLine> expenses = new ArrayList<>();

    @Column(name = "requested_amount")
    public BigDecimal requestedAmount;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Embedded
    private EligibilityResult eligibility;

    /** Two people saving the same file at once: the second is refused instead of overwriting. */
    @Version
    public long version;

    protected Application() {
    }

    public static Application draft(String reference, String ownerSubject, OffsetDateTime now) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.reference = reference;
        application.ownerSubject = ownerSubject;
        application.status = ApplicationStatus.DRAFT;
        application.createdAt = now;
        return application;
    }

    public ApplicationStatus status() {
        return status;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public EligibilityResult eligibility() {
        return eligibility;
    }

    public boolean isOwnedBy(String subject) {
        return ownerSubject.equals(subject);
    }

    /** Deposits the file: it must be complete, and a draft. */
    public void submit(OffsetDateTime now) {
        moveTo(ApplicationStatus.SUBMITTED);
        List<IncompleteApplicationException.Missing> missing = missingForSubmission();
        if (!missing.isEmpty()) {
            throw new IncompleteApplicationException(missing);
        }
        status = ApplicationStatus.SUBMITTED;
        submittedAt = now;
    }

    /** Keeps the most recent assessment only: a late, older one never replaces a newer result. */
    public void recordEligibility(EligibilityResult result) {
        if (eligibility == null || eligibility.assessedAt == null || !result.assessedAt.isBefore(eligibility.assessedAt)) {
            eligibility = result;
        }
    }

    private void moveTo(ApplicationStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(status, target);
        }
    }

    private List<IncompleteApplicationException.Missing> missingForSubmission() {
        List<IncompleteApplicationException.Missing> missing = new ArrayList<>();
        if (title == null || title.isBlank()) {
            missing.add(new IncompleteApplicationException.Missing("title", "Donnez un titre au projet."));
        }
        if (applicantType == null) {
            missing.add(new IncompleteApplicationException.Missing("applicant.type", "Indiquez le type de porteur."));
        }
        if (legalForm == null) {
            missing.add(new IncompleteApplicationException.Missing("applicant.legalForm", "Indiquez la forme juridique."));
        }
        if (siren == null) {
            missing.add(new IncompleteApplicationException.Missing("applicant.siren", "Indiquez le numéro SIREN."));
        }
        if (stage == null) {
            missing.add(new IncompleteApplicationException.Missing("project.stage",
                    "Indiquez le niveau de maturité du projet."));
        }
        if (communeCodes.isEmpty()) {
            missing.add(new IncompleteApplicationException.Missing("project.communeCodes",
                    "Indiquez au moins une commune où le projet se déroule."));
        }
        if (expenses.isEmpty()) {
            missing.add(new IncompleteApplicationException.Missing("expenses", "Renseignez le budget du projet."));
        }
        if (requestedAmount == null) {
            missing.add(new IncompleteApplicationException.Missing("requestedAmount", "Indiquez le montant demandé."));
        }
        return missing;
    }
}
