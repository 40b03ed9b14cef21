package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.client.BankDetails;
import fr.hautsdefrance.acte.application.client.GrantDetails;
import fr.hautsdefrance.acte.application.client.PaymentClient;
import fr.hautsdefrance.acte.application.client.PaymentRequest;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.DocumentType;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The beneficiary's side of the grant, kept by payment-service (the grant's id is the file's):
 * reading it, entering bank details, requesting payments. This service checks that the caller is a
 * member of the file's organisation and that the agreement is signed; payment-service, called with
 * the caller's own token, applies the payment rules.
 */
@ApplicationScoped
public class GrantPayments {

    /** The statuses in which a file has a grant to follow. */
    public static final Set<ApplicationStatus> WITH_GRANT = EnumSet.of(ApplicationStatus.AGREEMENT_SIGNED,
            ApplicationStatus.CLOSED, ApplicationStatus.LAPSED);

    private final Access access;
    private final PaymentClient payments;
    private final DocumentService documents;

    @Inject
    public GrantPayments(Access access, PaymentClient payments, DocumentService documents) {
        this.access = access;
        this.payments = payments;
        this.documents = documents;
    }

    /** The grant of one of my files; empty while payment-service is still opening it. */
    public Optional<GrantDetails> grantOf(UUID applicationId) {
        Application application = access.asMember(applicationId);
        if (!WITH_GRANT.contains(application.status())) {
            return Optional.empty();
        }
        return payments.grant(application.id());
    }

    public GrantDetails.BankAccount proposeBankDetails(UUID applicationId, BankDetails details) {
        return payments.proposeBankDetails(signed(applicationId).id(), details);
    }

    public GrantDetails.Payment request(UUID applicationId, String idempotencyKey, PaymentRequest request) {
        return payments.requestPayment(signed(applicationId).id(), idempotencyKey, request);
    }

    /**
     * An invoice or statement for a payment request, checked and kept with the file's pieces (where
     * the officer who liquidates the request reads it); returns the name it is kept under.
     */
    public String attachEvidence(UUID applicationId, String fileName, byte[] content) {
        return documents.upload(signed(applicationId).id(), DocumentType.EXPENSE_EVIDENCE, fileName, content).fileName;
    }

    private Application signed(UUID applicationId) {
        Application application = access.asMember(applicationId);
        if (application.status() != ApplicationStatus.AGREEMENT_SIGNED) {
            throw ProblemException.conflict("agreement-not-signed", "Les versements se demandent une fois la convention "
                    + "acceptée, tant que la subvention n'est ni soldée ni caduque.");
        }
        return application;
    }
}
