package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.config.OpenDataConfig;
import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.payment.PaymentFollowUp;
import fr.hautsdefrance.acte.web.RegionCalendar;
import fr.hautsdefrance.acte.web.csv.CsvWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.AvailableHints;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

/** Files as spreadsheets for officers, and awarded grants as open data (SCDL « subventions »). */
@ApplicationScoped
public class ExportService {

    /** Each grant has one beneficiary: it receives the whole of it (SCDL's pourcentageSubvention). */
    private static final String SOLE_BENEFICIARY_SHARE = "1.00";
    /** SCDL subventions 2.1.1 columns, in order. */
    static final List<String> SCDL_COLUMNS = List.of("nomAttribuant", "idAttribuant", "dateConvention",
            "referenceDecision", "nomBeneficiaire", "idBeneficiaire", "rnaBeneficiaire", "objet", "montant", "nature",
            "conditionsVersement", "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention",
            "dispositifAide");

    private final ApplicationQueries queries;
    private final OpenDataConfig openData;
    private final EntityManager entityManager;

    @Inject
    public ExportService(ApplicationQueries queries, OpenDataConfig openData, EntityManager entityManager) {
        this.queries = queries;
        this.openData = openData;
        this.entityManager = entityManager;
    }

    /**
     * The work queue as a CSV for a spreadsheet (semicolons and a BOM, as French Excel expects), each
     * row written to {@code out} as it is read from the cursor: nothing is held but the row.
     */
    @Transactional
    public void writeApplicationsCsv(ApplicationQueries.Filter filter, Appendable out) {
        CsvWriter csv = CsvWriter.forFrenchSpreadsheets(out);
        csv.row(List.of("Référence", "Statut", "Structure porteuse", "SIREN", "Projet",
                "Niveau de maturité", "Communes", "Montant demandé", "Montant proposé", "Montant attribué",
                "Date de dépôt", "Chargé·e de mission", "Étiquettes"));
        try (Stream<ApplicationQueries.ExportRow> rows = queries.exportRows(filter)) {
            rows.forEach(a -> csv.row(List.of(a.reference(), a.status().name(), a.organisationName(), text(a.siren()),
                    text(a.title()), a.stage() == null ? "" : a.stage().name(), text(a.communeCodes()),
                    amount(a.requestedAmount()), amount(a.proposedAmount()), amount(a.awardedAmount()),
                    a.submittedAt() == null ? "" : RegionCalendar.dayOf(a.submittedAt()).toString(),
                    text(a.assignedOfficerName()), text(a.labels()))));
        }
    }

    /**
     * Grants above the publication threshold whose agreement is signed, in the SCDL « subventions »
     * format 2.1.1 (décret n° 2017-779; docs/opendata): comma-separated, UTF-8, one line per grant,
     * each written to {@code out} as it is read from the cursor, its payment dates read with it.
     */
    @Transactional
    public void writeSubventionsCsv(Appendable out) {
        CsvWriter csv = CsvWriter.commaSeparated(out).row(SCDL_COLUMNS);
        try (Stream<GrantRow> grants = entityManager.createQuery("select a.status, a.agreementSignedAt, "
                        + "a.deliberationNumber, o.name, o.siret, o.rna, a.title, a.awardedAmount, a.endDate, "
                        + "a.applicantType, "
                        + "(select min(p.updatedAt) from PaymentFollowUp p where p.applicationId = a.id and p.status = :paid), "
                        + "(select max(p.updatedAt) from PaymentFollowUp p where p.applicationId = a.id and p.status = :paid) "
                        + "from Application a join Organisation o on o.id = a.organisationId "
                        + "where a.status in :signed and a.awardedAmount > :threshold and a.agreementSignedAt is not null "
                        + "order by a.reference", GrantRow.class)
                .setParameter("signed", List.of(ApplicationStatus.AGREEMENT_SIGNED, ApplicationStatus.CLOSED))
                .setParameter("threshold", openData.publicationThreshold())
                .setParameter("paid", PaymentFollowUp.PAID)
                .setHint(AvailableHints.HINT_FETCH_SIZE, 500)
                .getResultStream()) {
            grants.forEach(a -> csv.row(List.of(openData.grantorName(), openData.grantorSiret(),
                    RegionCalendar.dayOf(a.agreementSignedAt()).toString(), text(a.deliberationNumber()), a.beneficiaryName(),
                    text(a.beneficiarySiret()), text(a.beneficiaryRna()), objet(a.title()),
                    a.awardedAmount().setScale(2, RoundingMode.UNNECESSARY).toPlainString(), "aide en numéraire",
                    "échelonné", paymentPeriod(a), "",
                    Application.isDeMinimisAid(a.applicantType()) ? "oui" : "non", SOLE_BENEFICIARY_SHARE,
                    openData.schemeName())));
        }
    }

    /** A published grant, read as the open-data file needs it (no file loaded), with its first and last payments. */
    record GrantRow(ApplicationStatus status, OffsetDateTime agreementSignedAt, String deliberationNumber,
            String beneficiaryName, String beneficiarySiret, String beneficiaryRna, String title,
            BigDecimal awardedAmount, LocalDate endDate, ApplicantType applicantType, OffsetDateTime firstPaidAt,
            OffsetDateTime lastPaidAt) {
    }

    /**
     * When the grant is paid, as SCDL wants it: a date, or a period {@code first/last}. It runs from the
     * first payment (the agreement's date while nothing is paid yet) to the last once the grant is
     * settled; until then, to the later of the last payment and the project's end, after which the
     * balance is asked for.
     */
    static String paymentPeriod(GrantRow a) {
        LocalDate first = RegionCalendar.dayOf(a.firstPaidAt() != null ? a.firstPaidAt() : a.agreementSignedAt());
        LocalDate last = a.lastPaidAt() != null ? RegionCalendar.dayOf(a.lastPaidAt()) : first;
        if (a.status() != ApplicationStatus.CLOSED && a.endDate() != null && a.endDate().isAfter(last)) {
            last = a.endDate();
        }
        return first.equals(last) ? first.toString() : first + "/" + last;
    }

    private static String objet(String title) {
        String text = text(title);
        return text.length() <= 256 ? text : text.substring(0, 255) + "…";
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString().replace('.', ',');
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
