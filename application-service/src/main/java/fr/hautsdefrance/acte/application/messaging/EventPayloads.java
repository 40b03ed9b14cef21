package fr.hautsdefrance.acte.application.messaging;

import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import fr.hautsdefrance.acte.application.domain.PartnerCategory;
import fr.hautsdefrance.acte.application.domain.Stage;
import fr.hautsdefrance.acte.application.domain.instruction.InformationRequest;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Payloads of the {@code application.*} events (docs/asyncapi.yaml). Each carries the file it
 * concerns and the people to tell, so that consumers need not call back.
 */
public final class EventPayloads {

    private EventPayloads() {
    }

    /** The file an event is about. */
    public record FileRef(UUID applicationId, String reference, String title, UUID organisationId,
            String organisationName, UUID callId, Stage stage) {

        static FileRef of(Application application, Organisation organisation) {
            return new FileRef(application.id, application.reference, application.title, organisation.id,
                    organisation.name, application.callId, application.stage);
        }
    }

    /** A person to tell: an organisation member or an officer. */
    public record Contact(String subject, String email, String name) {
    }

    static List<Contact> membersOf(Organisation organisation) {
        return organisation.members().stream().map(m -> new Contact(m.subject, m.email, m.displayName)).toList();
    }

    static Contact officerOf(Application application) {
        return application.assignedOfficer() == null ? null
                : new Contact(application.assignedOfficer(), application.assignedOfficerEmail(),
                        application.assignedOfficerName());
    }

    public record Submitted(UUID applicationId, String reference, String title, String submittedBy,
            OffsetDateTime submittedAt, FileRef file, List<Contact> contacts, Applicant applicant, Project project,
            List<Expense> expenses, BigDecimal requestedAmount) {

        public record Applicant(ApplicantType type, LegalForm legalForm, String siren, List<String> memberSirens,
                BigDecimal deMinimisReceived) {
        }

        public record Project(Stage stage, List<String> communeCodes, boolean rural, boolean qpv,
                List<Partner> partners) {
        }

        public record Partner(String name, PartnerCategory category) {
        }

        public record Expense(ExpenseCategory category, String label, BigDecimal amount) {
        }

        public static Submitted of(Application a, Organisation organisation, String submittedBy) {
            return new Submitted(a.id, a.reference, a.title, submittedBy, a.submittedAt(), FileRef.of(a, organisation),
                    membersOf(organisation),
                    new Applicant(a.applicantType, a.legalForm, a.siren, List.copyOf(a.memberSirens),
                            a.deMinimisReceived == null ? BigDecimal.ZERO : a.deMinimisReceived),
                    new Project(a.stage, List.copyOf(a.communeCodes), a.rural, a.qpv,
                            a.partners.stream().map(p -> new Partner(p.name, p.category)).toList()),
                    a.expenses.stream().map(e -> new Expense(e.category, e.label == null ? "" : e.label, e.amount))
                            .toList(),
                    a.requestedAmount);
        }
    }

    public record OfficerAssigned(FileRef file, Contact officer, String assignedBy, OffsetDateTime assignedAt) {

        public static OfficerAssigned of(Application a, Organisation organisation, String assignedBy,
                OffsetDateTime at) {
            return new OfficerAssigned(FileRef.of(a, organisation), officerOf(a), assignedBy, at);
        }
    }

    public record InformationRequested(FileRef file, List<Contact> contacts, UUID requestId, String message,
            List<String> items, LocalDate deadline, String requestedBy, OffsetDateTime requestedAt) {

        public static InformationRequested of(Application a, Organisation organisation, InformationRequest request) {
            return new InformationRequested(FileRef.of(a, organisation), membersOf(organisation), request.id,
                    request.message, List.copyOf(request.items), request.deadline, request.requestedBy,
                    request.requestedAt);
        }
    }

    public record Resubmitted(FileRef file, List<Contact> contacts, Contact officer, UUID requestId,
            OffsetDateTime answeredAt) {

        public static Resubmitted of(Application a, Organisation organisation, InformationRequest request) {
            return new Resubmitted(FileRef.of(a, organisation), membersOf(organisation), officerOf(a), request.id,
                    request.answeredAt);
        }
    }

    public record MessagePosted(FileRef file, List<Contact> contacts, Contact officer, UUID messageId,
            boolean fromRegion, String authorName, OffsetDateTime postedAt) {

        public static MessagePosted of(Application a, Organisation organisation, UUID messageId, boolean fromRegion,
                String authorName, OffsetDateTime postedAt) {
            return new MessagePosted(FileRef.of(a, organisation), membersOf(organisation), officerOf(a), messageId,
                    fromRegion, authorName, postedAt);
        }
    }

    public record Assessed(FileRef file, Contact officer, BigDecimal proposedAmount, int score,
            OffsetDateTime assessedAt) {

        public static Assessed of(Application a, Organisation organisation) {
            return new Assessed(FileRef.of(a, organisation), officerOf(a), a.proposedAmount(), a.scoring().total(),
                    a.assessedAt());
        }
    }

    public record Decision(String deliberationNumber, LocalDate decidedAt, UUID committeeSessionId) {

        static Decision of(Application a) {
            return new Decision(a.deliberationNumber(), a.decidedAt(), a.committeeSessionId());
        }
    }

    /**
     * Everything payment-service needs to open the grant account, and the finance system to commit it.
     * {@code rate} is the scheme's ceiling rate at the assessment; the award's own rate is
     * {@code votedRate} = awardedAmount ÷ plannedEligibleBase (ten decimals at most, for display:
     * payment-service prorates on the exact fraction).
     */
    public record Approved(FileRef file, List<Contact> contacts, Decision decision, BigDecimal awardedAmount,
            BigDecimal rate, BigDecimal eligibleBase, BigDecimal plannedEligibleBase, BigDecimal votedRate,
            Beneficiary beneficiary, UUID bankDetailsDocumentId, List<Expense> plannedExpenses, Contact officer) {

        static BigDecimal votedRate(BigDecimal awarded, BigDecimal plannedBase) {
            if (awarded == null || plannedBase == null || plannedBase.signum() <= 0) {
                return null;
            }
            BigDecimal rate = awarded.divide(plannedBase, 10, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
            return rate.scale() < 0 ? rate.setScale(0) : rate;
        }

        public record Beneficiary(UUID organisationId, String name, String siren, String siret, String rna,
                String addressLine, String postcode, String communeCode) {
        }

        public record Expense(ExpenseCategory category, BigDecimal amount) {
        }

        public static Approved of(Application a, Organisation o, UUID bankDetailsDocumentId) {
            BigDecimal plannedBase = a.eligibility().eligibleBase;
            return new Approved(FileRef.of(a, o), membersOf(o), Decision.of(a), a.awardedAmount(),
                    a.eligibility().rate, plannedBase, plannedBase, votedRate(a.awardedAmount(), plannedBase),
                    new Beneficiary(o.id, o.name, o.siren, o.siret, o.rna, o.addressLine, o.postcode, o.communeCode),
                    bankDetailsDocumentId,
                    a.expenses.stream().map(e -> new Expense(e.category, e.amount)).toList(), officerOf(a));
        }
    }

    public record Rejected(FileRef file, List<Contact> contacts, Decision decision, String reason,
            String appealRoute) {

        /** What every refusal letter must say about contesting it. */
        static final String APPEAL_ROUTE = "Vous pouvez former un recours gracieux auprès du Président du Conseil "
                + "régional des Hauts-de-France, ou un recours contentieux devant le tribunal administratif de Lille, "
                + "dans un délai de deux mois à compter de la notification de cette décision.";

        public static Rejected of(Application a, Organisation o) {
            return new Rejected(FileRef.of(a, o), membersOf(o), Decision.of(a), a.rejectionReason(), APPEAL_ROUTE);
        }
    }

    public record AgreementSigned(FileRef file, List<Contact> contacts, BigDecimal awardedAmount,
            String deliberationNumber, OffsetDateTime signedAt, String signedBy, String signerName) {

        public static AgreementSigned of(Application a, Organisation o) {
            return new AgreementSigned(FileRef.of(a, o), membersOf(o), a.awardedAmount(), a.deliberationNumber(),
                    a.agreementSignedAt(), a.agreementSignedBy(), a.agreementSignerName());
        }
    }

    public record Withdrawn(FileRef file, List<Contact> contacts, Contact officer, OffsetDateTime withdrawnAt) {

        public static Withdrawn of(Application a, Organisation o) {
            return new Withdrawn(FileRef.of(a, o), membersOf(o), officerOf(a), a.withdrawnAt());
        }
    }
}
