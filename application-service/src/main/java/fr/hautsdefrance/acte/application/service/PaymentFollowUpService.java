package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.payment.PaymentFollowUp;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.service.ApplicationEvents;
import fr.hautsdefrance.acte.application.domain.event.EventPayloads;
import fr.hautsdefrance.acte.application.service.PaymentReport;
import fr.hautsdefrance.acte.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The file's side of its payments: what payment-service reports is kept for the file's pages and the
 * statistics; the balance settled closes the file, a lapse makes it lapsed (both in the audit trail).
 */
@ApplicationScoped
public class PaymentFollowUpService {

    private static final Logger LOG = Logger.getLogger(PaymentFollowUpService.class);
    static final String PAYMENT_SERVICE = "payment-service";

    private final AuditTrail audit;
    private final Outbox outbox;

    @Inject
    public PaymentFollowUpService(AuditTrail audit, Outbox outbox) {
        this.audit = audit;
        this.outbox = outbox;
    }

    /** Requested, liquidated, its liquidation returned by finance, approved, ordered or rejected. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void paymentMoved(PaymentReport report, OffsetDateTime at) {
        fileOf(report).ifPresent(application -> follow(application, report, at));
    }

    /** Paid: the total paid on the grant moves on; the balance settled closes the file. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void paymentPaid(PaymentReport report, OffsetDateTime at) {
        fileOf(report).ifPresent(application -> {
            follow(application, report, at);
            AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
            application.recordPaid(report.totalPaid(), at);
            audit.record(application, PAYMENT_SERVICE, "PAYMENT_PAID", null, new PaidTrace(report.payment().label(),
                    report.payment().amount(), report.totalPaid()));
            if (Boolean.TRUE.equals(report.grantClosed()) && application.status().canMoveTo(
                    fr.hautsdefrance.acte.application.domain.ApplicationStatus.CLOSED)) {
                application.close(report.finalAmount(), at);
                closed(application, EventPayloads.ClosureReason.SETTLED, at);
                audit.record(application, PAYMENT_SERVICE, "CLOSED", before, AuditTrail.Snapshot.of(application));
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recoveryIssued(PaymentReport report, OffsetDateTime at) {
        fileOf(report).ifPresent(application -> {
            AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
            application.recordRecovery(report.amount(), report.finalAmount(), at);
            audit.record(application, PAYMENT_SERVICE, "RECOVERY_ISSUED", before, AuditTrail.Snapshot.of(application));
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void grantLapsed(PaymentReport report, OffsetDateTime at) {
        fileOf(report).ifPresent(application -> {
            AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
            application.lapse(at);
            closed(application, EventPayloads.ClosureReason.LAPSED, at);
            audit.record(application, PAYMENT_SERVICE, "LAPSED", before, AuditTrail.Snapshot.of(application));
        });
    }

    private void closed(Application application, EventPayloads.ClosureReason reason, OffsetDateTime at) {
        outbox.publish(ApplicationEvents.CLOSED, application.id().toString(), EventPayloads.Closed.afterPayments(
                application, Organisation.findById(application.organisationId()), reason, at));
    }

    /** A payment milestone in the file's trail, readable by the applicant. */
    record PaidTrace(String label, java.math.BigDecimal amount, java.math.BigDecimal totalPaid) {
    }

    /** The file's payments, in the order of the schedule. */
    public List<PaymentFollowUp> paymentsOf(UUID applicationId) {
        return PaymentFollowUp.list("applicationId = ?1 order by case kind when 'ADVANCE' then 0 "
                + "when 'INSTALMENT' then 1 else 2 end, sequence", applicationId);
    }

    private static void follow(Application application, PaymentReport report, OffsetDateTime at) {
        PaymentReport.Payment reported = report.payment();
        PaymentFollowUp.<PaymentFollowUp>findByIdOptional(reported.paymentId()).ifPresentOrElse(
                payment -> payment.report(reported.status(), reported.amount(), reported.label(), at),
                () -> PaymentFollowUp.first(reported.paymentId(), application.id(), reported.kind(), reported.sequence(),
                        reported.label(), reported.status(), reported.amount(), at).persist());
    }

    private static Optional<Application> fileOf(PaymentReport report) {
        UUID id = report.grant().applicationId();
        Optional<Application> application = Application.findByIdOptional(id);
        if (application.isEmpty()) {
            // Grants are only opened for files decided here; an unknown id is another environment's.
            LOG.warnf("Payment report for unknown application %s ignored", id);
        }
        return application;
    }
}
