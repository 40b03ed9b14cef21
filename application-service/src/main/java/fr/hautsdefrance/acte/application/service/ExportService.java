package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.config.OpenDataConfig;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.domain.payment.PaymentFollowUp;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Files as spreadsheets for officers, and awarded grants as open data (SCDL « subventions »). */
@ApplicationScoped
public class ExportService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Each grant has one beneficiary: it receives the whole of it (SCDL's pourcentageSubvention). */
    private static final String SOLE_BENEFICIARY_SHARE = "1.00";
    /** SCDL subventions 2.1.1 columns, in order. */
    static final List<String> SCDL_COLUMNS = List.of("nomAttribuant", "idAttribuant", "dateConvention",
            "referenceDecision", "nomBeneficiaire", "idBeneficiaire", "rnaBeneficiaire", "objet", "montant", "nature",
            "conditionsVersement", "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention",
            "dispositifAide");

    private final ApplicationQueries queries;
    private final OpenDataConfig openData;

    @Inject
    public ExportService(ApplicationQueries queries, OpenDataConfig openData) {
        this.queries = queries;
        this.openData = openData;
    }

    /** The work queue as a CSV for a spreadsheet (semicolons and a BOM, as French Excel expects). */
    public String applicationsCsv(ApplicationQueries.Filter filter) {
        List<Application> files = new ArrayList<>();
        int page = 0;
        ApplicationQueries.Page found;
        do {
            found = queries.search(filter, page++, 100);
            files.addAll(found.items());
        } while (files.size() < found.total() && !found.items().isEmpty());
        Map<UUID, Organisation> organisations = organisations(files);
        StringBuilder csv = new StringBuilder("\uFEFF");
        Csv.row(csv, ';', true, List.of("Référence", "Statut", "Structure porteuse", "SIREN", "Projet",
                "Niveau de maturité", "Communes", "Montant demandé", "Montant proposé", "Montant attribué",
                "Date de dépôt", "Chargé·e de mission", "Étiquettes"));
        for (Application a : files) {
            Csv.row(csv, ';', true, List.of(a.reference, a.status().name(), organisations.get(a.organisationId).name,
                    a.siren, text(a.title), a.stage == null ? "" : a.stage.name(), String.join(" ", a.communeCodes),
                    amount(a.requestedAmount), amount(a.proposedAmount()), amount(a.awardedAmount()),
                    a.submittedAt() == null ? "" : a.submittedAt().atZoneSameInstant(PARIS).toLocalDate().toString(),
                    text(a.assignedOfficerName()), String.join(", ", a.labels)));
        }
        return csv.toString();
    }

    /**
     * Grants above the publication threshold whose agreement is signed, in the SCDL « subventions »
     * format 2.1.1 (décret n° 2017-779; docs/opendata): comma-separated, UTF-8, one line per grant.
     */
    public String subventionsCsv() {
        List<Application> grants = Application.<Application>list("status in ?1 and awardedAmount > ?2",
                        Sort.ascending("reference"),
                        List.of(ApplicationStatus.AGREEMENT_SIGNED, ApplicationStatus.CLOSED),
                        openData.publicationThreshold()).stream()
                .filter(a -> a.agreementSignedAt() != null).toList();
        Map<UUID, Organisation> organisations = organisations(grants);
        Map<UUID, List<LocalDate>> paidOn = paymentDates(grants);
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, ',', false, SCDL_COLUMNS);
        for (Application a : grants) {
            Organisation beneficiary = organisations.get(a.organisationId);
            Csv.row(csv, ',', false, List.of(openData.grantorName(), openData.grantorSiret(),
                    date(a.agreementSignedAt()).toString(), text(a.deliberationNumber()), beneficiary.name,
                    text(beneficiary.siret), text(beneficiary.rna), objet(a.title),
                    a.awardedAmount().setScale(2, RoundingMode.UNNECESSARY).toPlainString(), "aide en numéraire",
                    "échelonné", paymentPeriod(a, paidOn.getOrDefault(a.id, List.of())), "",
                    a.isDeMinimisAid() ? "oui" : "non", SOLE_BENEFICIARY_SHARE, openData.schemeName()));
        }
        return csv.toString();
    }

    /**
     * When the grant is paid, as SCDL wants it: a date, or a period {@code first/last}. It runs from the
     * first payment (the agreement's date while nothing is paid yet) to the last once the grant is
     * settled; until then, to the later of the last payment and the project's end, after which the
     * balance is asked for.
     */
    static String paymentPeriod(Application a, List<LocalDate> paid) {
        LocalDate first = paid.stream().min(LocalDate::compareTo).orElse(date(a.agreementSignedAt()));
        LocalDate last = paid.stream().max(LocalDate::compareTo).orElse(first);
        if (a.status() != ApplicationStatus.CLOSED && a.endDate != null && a.endDate.isAfter(last)) {
            last = a.endDate;
        }
        return first.equals(last) ? first.toString() : first + "/" + last;
    }

    /** The dates of the payments made to each grant, as payment-service reported them. */
    private static Map<UUID, List<LocalDate>> paymentDates(List<Application> grants) {
        List<UUID> ids = grants.stream().map(a -> a.id).toList();
        return ids.isEmpty() ? Map.of() : PaymentFollowUp.<PaymentFollowUp>list("applicationId in ?1 and status = ?2",
                        ids, PaymentFollowUp.PAID).stream()
                .collect(Collectors.groupingBy(p -> p.applicationId,
                        Collectors.mapping(p -> date(p.updatedAt()), Collectors.toList())));
    }

    private static LocalDate date(OffsetDateTime at) {
        return at.atZoneSameInstant(PARIS).toLocalDate();
    }

    private static String objet(String title) {
        String text = text(title);
        return text.length() <= 256 ? text : text.substring(0, 255) + "…";
    }

    private static Map<UUID, Organisation> organisations(List<Application> files) {
        List<UUID> ids = files.stream().map(a -> a.organisationId).distinct().toList();
        return ids.isEmpty() ? Map.of() : Organisation.<Organisation>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString().replace('.', ',');
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
