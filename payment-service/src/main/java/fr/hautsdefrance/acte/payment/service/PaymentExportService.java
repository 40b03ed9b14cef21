package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.payment.domain.MoneyRules;
import fr.hautsdefrance.acte.payment.domain.PaymentKind;
import fr.hautsdefrance.acte.payment.domain.PaymentStatus;
import fr.hautsdefrance.acte.web.SpreadsheetCsv;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The payments export for finance: every payment requested so far (or those in one status), with its
 * grant, commitment and mandate, as a CSV a French spreadsheet opens as is (';', decimal comma, UTF-8
 * with its mark, French headers and statuses), streamed from the database.
 */
@ApplicationScoped
public class PaymentExportService {

    static final List<String> HEADERS = List.of("Référence du dossier", "Bénéficiaire", "SIRET", "Délibération",
            "Engagement", "Imputation", "Versement", "Statut", "Montant (€)", "Exercice", "Bordereau", "Mandat",
            "Pris en charge le", "Payé le", "Motif du rejet");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EntityManager entityManager;
    private final Texts texts;

    @Inject
    public PaymentExportService(EntityManager entityManager, Texts texts) {
        this.entityManager = entityManager;
        this.texts = texts;
    }

    @Transactional
    public void write(PaymentStatus status, Appendable out) {
        try {
            out.append(SpreadsheetCsv.BYTE_ORDER_MARK);
            out.append(SpreadsheetCsv.row(';', HEADERS));
            var query = entityManager.createQuery("select g.reference, g.beneficiaryName, g.siret, g.deliberationNumber, "
                            + "c.number, c.imputation.chapter, c.imputation.nature, c.imputation.function, p.kind, "
                            + "p.sequence, p.status, p.amount, p.requestedAmount, b.exercise, b.bordereauNumber, "
                            + "p.mandateNumber, p.takenInChargeOn, p.paidAt, p.rejectionReason "
                            + "from Payment p join GrantAccount g on g.id = p.grantId "
                            + "left join Commitment c on c.grantId = p.grantId "
                            + "left join PaymentBatch b on b.id = p.batchId "
                            + "where p.status <> :scheduled" + (status == null ? "" : " and p.status = :status")
                            + " order by g.reference, p.createdAt, p.sequence", Object[].class)
                    .setParameter("scheduled", PaymentStatus.SCHEDULED)
                    .setHint("org.hibernate.fetchSize", 1000)
                    .setHint("org.hibernate.readOnly", true);
            if (status != null) {
                query.setParameter("status", status);
            }
            try (Stream<Object[]> rows = query.getResultStream()) {
                for (Object[] row : (Iterable<Object[]>) rows::iterator) {
                    out.append(SpreadsheetCsv.row(';', cells(row)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> cells(Object[] row) {
        PaymentKind kind = (PaymentKind) row[8];
        int sequence = (Integer) row[9];
        PaymentStatus status = (PaymentStatus) row[10];
        BigDecimal amount = row[11] != null ? (BigDecimal) row[11] : (BigDecimal) row[12];
        String imputation = row[5] == null ? null : row[5] + "-" + row[6] + "-" + row[7];
        return Arrays.asList((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                imputation, capitalised(texts.payment(kind, sequence)), capitalised(texts.paymentStatus(status)), amount == null ? null : MoneyRules.french(amount).replace(" €", ""),
                text(row[13]), text(row[14]), text(row[15]),
                row[16] == null ? null : DAY.format((LocalDate) row[16]),
                row[17] == null ? null : DAY.format(((OffsetDateTime) row[17]).atZoneSameInstant(PARIS)),
                (String) row[18]);
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(java.util.Locale.FRENCH) + text.substring(1);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
