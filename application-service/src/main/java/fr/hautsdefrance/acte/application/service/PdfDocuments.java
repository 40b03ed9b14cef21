package fr.hautsdefrance.acte.application.service;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import fr.hautsdefrance.acte.application.config.CommitteeConfig;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.committee.CommitteeSession;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.FrenchFormats;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.web.RegionCalendar;
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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The letters of a file, in French, as PDF: proof of deposit, award letter, agreement. */
@ApplicationScoped
public class PdfDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRANCE);

    private final Access access;
    private final BigDecimal deMinimisCeiling;

    @Inject
    public PdfDocuments(Access access, CommitteeConfig committee) {
        this.access = access;
        this.deMinimisCeiling = committee.deMinimisCeiling();
    }

    @CheckedTemplate(basePath = "pdf")
    static class Templates {
        static native TemplateInstance receipt(Application application, Organisation organisation, String submittedOn,
                String submittedAt, String silenceDeadline, String requestedAmount);

        static native TemplateInstance awardLetter(Application application, Organisation organisation,
                String decidedOn, String awardedAmount, String issuedOn, GrantTerms terms);

        static native TemplateInstance refusalLetter(Application application, Organisation organisation,
                String decidedOn, List<String> failedConditions);

        static native TemplateInstance closureLetter(Application application, Organisation organisation,
                String closedOn);

        static native TemplateInstance agreement(Application application, Organisation organisation, String decidedOn,
                GrantTerms terms, String signedOn, String countersignedOn, String enforceableOn);

        static native TemplateInstance minutes(CommitteeSession session, String heldOn, String closedOn,
                List<CommitteeService.Deliberation> deliberations, String awardedTotal);
    }

    /** The proof of deposit (accusé de réception), with the date and time, the service and the delays. */
    public byte[] receipt(UUID applicationId) {
        Application application = access.readable(applicationId);
        if (application.submittedAt() == null) {
            throw ProblemException.conflict("not-submitted", "L'accusé de réception est délivré au dépôt du dossier.");
        }
        OffsetDateTime at = application.submittedAt().atZoneSameInstant(RegionCalendar.ZONE).toOffsetDateTime();
        return render(Templates.receipt(application, access.organisationOf(application), DATE.format(at),
                TIME.format(at), DATE.format(at.toLocalDate().plusMonths(2)), euros(application.requestedAmount())));
    }

    /** The award letter, issued once the deliberation applies, and dated that day. */
    public byte[] awardLetter(UUID applicationId) {
        Application application = decided(applicationId);
        if (application.decisionEnforceableOn() == null) {
            throw ProblemException.conflict("not-enforceable", "La notification d'attribution est délivrée une fois la "
                    + "délibération n° " + application.deliberationNumber() + " exécutoire (publiée et transmise au "
                    + "contrôle de légalité).");
        }
        return render(Templates.awardLetter(application, access.organisationOf(application),
                DATE.format(application.decidedAt()), euros(application.awardedAmount()),
                DATE.format(application.decisionEnforceableOn()), GrantTerms.of(application, deMinimisCeiling)));
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
                DATE.format(application.closedAt().atZoneSameInstant(RegionCalendar.ZONE))));
    }

    /**
     * The agreement (convention): the figures of the award, its payment schedule and proration clause;
     * once accepted online and countersigned, by whom and when.
     */
    public byte[] agreement(UUID applicationId) {
        Application application = decided(applicationId);
        return render(Templates.agreement(application, access.organisationOf(application),
                DATE.format(application.decidedAt()), GrantTerms.of(application, deMinimisCeiling),
                dateAndTime(application.agreementSignedAt()), dateAndTime(application.agreementCountersignedAt()),
                application.decisionEnforceableOn() == null ? null : DATE.format(application.decisionEnforceableOn())));
    }

    /** The minutes of a session: its deliberations and their total. */
    public byte[] minutes(CommitteeSession session, List<CommitteeService.Deliberation> deliberations) {
        BigDecimal awarded = deliberations.stream().map(CommitteeService.Deliberation::amount)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        return render(Templates.minutes(session, dateAndTime(session.heldAt()), dateAndTime(session.closedAt()),
                deliberations, euros(awarded)));
    }

    private static String dateAndTime(OffsetDateTime at) {
        return at == null ? null : DATE.format(at.atZoneSameInstant(RegionCalendar.ZONE)) + " à " + TIME.format(at.atZoneSameInstant(RegionCalendar.ZONE));
    }

    private Application decided(UUID applicationId) {
        Application application = access.readable(applicationId);
        if (application.status() != ApplicationStatus.APPROVED && application.status() != ApplicationStatus.AGREEMENT_ACCEPTED
                && application.status() != ApplicationStatus.AGREEMENT_SIGNED && application.status() != ApplicationStatus.CLOSED) {
            throw ProblemException.conflict("not-approved", "Ce document n'existe que pour une subvention attribuée.");
        }
        return application;
    }

    static String euros(BigDecimal amount) {
        return FrenchFormats.euros(amount);
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
}
