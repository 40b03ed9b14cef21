package fr.hautsdefrance.acte.application.service;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The letters of a file, in French, as PDF: proof of deposit, award letter, agreement. */
@ApplicationScoped
public class PdfDocuments {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRANCE);

    private final Access access;

    @Inject
    public PdfDocuments(Access access) {
        this.access = access;
    }

    @CheckedTemplate(basePath = "pdf")
    static class Templates {
        static native TemplateInstance receipt(Application application, Organisation organisation, String submittedOn,
                String submittedAt, String silenceDeadline, String requestedAmount);

        static native TemplateInstance awardLetter(Application application, Organisation organisation,
                String decidedOn, String awardedAmount);

        static native TemplateInstance refusalLetter(Application application, Organisation organisation,
                String decidedOn, List<String> failedConditions);

        static native TemplateInstance closureLetter(Application application, Organisation organisation,
                String closedOn);

        static native TemplateInstance agreement(Application application, Organisation organisation, String decidedOn,
                String awardedAmount, String advance, String signedOn);
    }

    /** The proof of deposit (accusé de réception), with the date and time, the service and the delays. */
    public byte[] receipt(UUID applicationId) {
        Application application = access.readable(applicationId);
        if (application.submittedAt() == null) {
            throw ProblemException.conflict("not-submitted", "L'accusé de réception est délivré au dépôt du dossier.");
        }
        OffsetDateTime at = application.submittedAt().atZoneSameInstant(PARIS).toOffsetDateTime();
        return render(Templates.receipt(application, access.organisationOf(application), DATE.format(at),
                TIME.format(at), DATE.format(at.toLocalDate().plusMonths(2)), euros(application.requestedAmount)));
    }

    public byte[] awardLetter(UUID applicationId) {
        Application application = decided(applicationId);
        return render(Templates.awardLetter(application, access.organisationOf(application),
                DATE.format(application.decidedAt()), euros(application.awardedAmount())));
    }

    /**
     * The refusal letter: by the committee (with its deliberation) or by the administration
     * (irrecevabilité); its reasons, the scheme's conditions the file fails, and the appeal routes.
     */
    public byte[] refusalLetter(UUID applicationId) {
        Application application = access.readable(applicationId);
        if (application.status() != ApplicationStatus.REJECTED) {
            throw ProblemException.conflict("not-rejected", "La lettre de refus n'existe que pour une demande refusée.");
        }
        return render(Templates.refusalLetter(application, access.organisationOf(application),
                DATE.format(application.decidedAt()),
                application.eligibilityFailures().stream().map(f -> f.message).toList()));
    }

    /** Classement sans suite: the reason (pieces not received in time) and the appeal routes. */
    public byte[] closureLetter(UUID applicationId) {
        Application application = access.readable(applicationId);
        if (application.status() != ApplicationStatus.CLOSED_AS_INCOMPLETE) {
            throw ProblemException.conflict("not-closed", "Ce courrier n'existe que pour un dossier classé sans suite.");
        }
        return render(Templates.closureLetter(application, access.organisationOf(application),
                DATE.format(application.closedAt().atZoneSameInstant(PARIS))));
    }

    /** The agreement (convention); once accepted online, it says by whom and when. */
    public byte[] agreement(UUID applicationId) {
        Application application = decided(applicationId);
        BigDecimal advance = application.awardedAmount().multiply(new BigDecimal("0.30")).setScale(2, RoundingMode.DOWN);
        String signedOn = application.agreementSignedAt() == null ? null
                : DATE.format(application.agreementSignedAt().atZoneSameInstant(PARIS)) + " à "
                + TIME.format(application.agreementSignedAt().atZoneSameInstant(PARIS));
        return render(Templates.agreement(application, access.organisationOf(application),
                DATE.format(application.decidedAt()), euros(application.awardedAmount()), euros(advance), signedOn));
    }

    private Application decided(UUID applicationId) {
        Application application = access.readable(applicationId);
        if (application.status() != ApplicationStatus.APPROVED && application.status() != ApplicationStatus.AGREEMENT_SIGNED
                && application.status() != ApplicationStatus.CLOSED) {
            throw ProblemException.conflict("not-approved", "Ce document n'existe que pour une subvention attribuée.");
        }
        return application;
    }

    static String euros(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u00a0');
        return new DecimalFormat("#,##0.00", symbols).format(amount) + "\u00a0€";
    }

    private static byte[] render(TemplateInstance template) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(template.render(), null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(PARIS));
    }
}
