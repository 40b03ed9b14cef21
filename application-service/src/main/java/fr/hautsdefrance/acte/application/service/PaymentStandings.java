package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.client.GrantDetails;
import fr.hautsdefrance.acte.application.client.PaymentClient;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.payment.PaymentFollowUp;
import fr.hautsdefrance.acte.application.domain.Codes;
import fr.hautsdefrance.acte.application.domain.payment.PaymentStatus;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Where a file's payments stand, for the payments table of the applicant's file page and of the
 * officers' Versements tab: read from payment-service, as the applicant's payments page reads them,
 * so the three pages show the same status for the same payment. Only when payment-service does not
 * answer is the file's last report of each payment shown, and the page says so. Named for the
 * templates, which call it where the payments table is drawn.
 */
@RequestScoped
@Named("paymentStandings")
public class PaymentStandings {

    private final PaymentClient payments;
    private final PaymentFollowUpService followUp;
    private final Texts texts;

    @Inject
    public PaymentStandings(PaymentClient payments, PaymentFollowUpService followUp, Texts texts) {
        this.payments = payments;
        this.followUp = followUp;
        this.texts = texts;
    }

    /** One payment in the table: its French status, the amount that matters at that stage, since when. */
    public record Line(String label, String status, String statusLabel, BigDecimal amount, OffsetDateTime since,
            String reason) {

        static Line of(GrantDetails.Payment p, Texts texts) {
            return new Line(p.label(), p.status(), statusLabel(p.status(), texts), p.shownAmount(), p.movedAt(),
                    p.rejectionReason());
        }

        static Line of(PaymentFollowUp p, Texts texts) {
            return new Line(p.label, p.status(), statusLabel(p.status(), texts), p.amount(), p.updatedAt(), null);
        }

        private static String statusLabel(String status, Texts texts) {
            return Codes.named(PaymentStatus.class, status, texts::paymentStatus);
        }
    }

    /** The payments of a file, in the order of the schedule; {@code unavailable} when only the last reports are known. */
    public record Standing(List<Line> lines, String unavailable) {
    }

    public Standing of(Application application) {
        try {
            Optional<GrantDetails> grant = payments.grant(application.id());
            if (grant.isPresent()) {
                return new Standing(grant.get().schedule().stream().map(p -> Line.of(p, texts)).toList(), null);
            }
        } catch (ProblemException e) {
            return new Standing(lastReports(application), e.getMessage() + " Voici le dernier état connu des versements.");
        }
        return new Standing(lastReports(application), null);
    }

    private List<Line> lastReports(Application application) {
        return followUp.paymentsOf(application.id()).stream().map(p -> Line.of(p, texts)).toList();
    }
}
