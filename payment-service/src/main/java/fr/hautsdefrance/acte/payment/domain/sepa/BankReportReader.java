package fr.hautsdefrance.acte.payment.domain.sepa;

import com.prowidesoftware.swift.model.mx.MxCamt05400108;
import com.prowidesoftware.swift.model.mx.MxPain00200110;
import com.prowidesoftware.swift.model.mx.dic.AccountNotification17;
import com.prowidesoftware.swift.model.mx.dic.CustomerPaymentStatusReportV10;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails9;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction10;
import com.prowidesoftware.swift.model.mx.dic.OriginalGroupHeader17;
import com.prowidesoftware.swift.model.mx.dic.OriginalPaymentInstruction32;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransaction105;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry10;
import com.prowidesoftware.swift.model.mx.dic.StatusReasonInformation12;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The bank's own reports on a credit transfer file, read with Prowide's ISO 20022 model: the
 * payment status report (pain.002.001.10: each transfer accepted, settled or rejected with its
 * reason code) and the debit notification (camt.054.001.08: each transfer booked on the debtor's
 * account). Only final outcomes are kept: a settled or booked transfer is paid, a rejected one is
 * refused with the bank's code; an accepted or pending one waits.
 */
public final class BankReportReader {

    public static final String PAIN_002 = "urn:iso:std:iso:20022:tech:xsd:pain.002.001.10";
    public static final String CAMT_054 = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.08";

    private BankReportReader() {
    }

    public enum Outcome { PAID, REJECTED }

    /** One transfer's final outcome, by its end-to-end id. */
    public record Line(String endToEndId, Outcome outcome, String reasonCode, String information, LocalDate bookedOn) {
    }

    /**
     * @param originalMessageId the MsgId of the file reported on (pain.002), null for camt.054
     * @param fileRejected      the bank refused the whole file (pain.002 group status RJCT), with {@code fileReasonCode}
     */
    public record Report(String kind, String originalMessageId, boolean fileRejected, String fileReasonCode,
            List<Line> lines) {
    }

    public static final class UnreadableReport extends RuntimeException {
        public UnreadableReport(String message) {
            super(message);
        }
    }

    public static Report read(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new UnreadableReport("Le relevé est vide.");
        }
        if (xml.contains(PAIN_002)) {
            return pain002(xml);
        }
        if (xml.contains(CAMT_054)) {
            return camt054(xml);
        }
        throw new UnreadableReport("Ce fichier n'est ni un compte rendu pain.002.001.10 ni un avis camt.054.001.08.");
    }

    private static Report pain002(String xml) {
        MxPain00200110 message;
        try {
            message = MxPain00200110.parse(xml);
        } catch (RuntimeException e) {
            throw new UnreadableReport("Compte rendu pain.002 illisible : " + e.getMessage());
        }
        CustomerPaymentStatusReportV10 report = message == null ? null : message.getCstmrPmtStsRpt();
        if (report == null || report.getOrgnlGrpInfAndSts() == null) {
            throw new UnreadableReport("Compte rendu pain.002 sans référence au fichier d'origine (OrgnlGrpInfAndSts).");
        }
        OriginalGroupHeader17 group = report.getOrgnlGrpInfAndSts();
        List<Line> lines = new ArrayList<>();
        for (OriginalPaymentInstruction32 instruction : report.getOrgnlPmtInfAndSts()) {
            for (PaymentTransaction105 transaction : instruction.getTxInfAndSts()) {
                String status = transaction.getTxSts();
                Outcome outcome = "RJCT".equals(status) ? Outcome.REJECTED : "ACSC".equals(status) ? Outcome.PAID : null;
                if (outcome != null) {
                    lines.add(new Line(transaction.getOrgnlEndToEndId(), outcome, code(transaction.getStsRsnInf()),
                            information(transaction.getStsRsnInf()), null));
                }
            }
        }
        return new Report("pain.002", group.getOrgnlMsgId(), "RJCT".equals(group.getGrpSts()),
                code(group.getStsRsnInf()), lines);
    }

    private static Report camt054(String xml) {
        MxCamt05400108 message;
        try {
            message = MxCamt05400108.parse(xml);
        } catch (RuntimeException e) {
            throw new UnreadableReport("Avis camt.054 illisible : " + e.getMessage());
        }
        if (message == null || message.getBkToCstmrDbtCdtNtfctn() == null) {
            throw new UnreadableReport("Avis camt.054 sans notification (BkToCstmrDbtCdtNtfctn).");
        }
        List<Line> lines = new ArrayList<>();
        for (AccountNotification17 notification : message.getBkToCstmrDbtCdtNtfctn().getNtfctn()) {
            for (ReportEntry10 entry : notification.getNtry()) {
                boolean booked = entry.getSts() != null && "BOOK".equals(entry.getSts().getCd());
                boolean debit = entry.getCdtDbtInd() != null && "DBIT".equals(entry.getCdtDbtInd().value());
                if (!booked || !debit) {
                    continue;
                }
                LocalDate on = entry.getBookgDt() == null ? null : entry.getBookgDt().getDt() != null
                        ? entry.getBookgDt().getDt() : entry.getBookgDt().getDtTm() == null ? null
                        : entry.getBookgDt().getDtTm().toLocalDate();
                for (EntryDetails9 details : entry.getNtryDtls()) {
                    for (EntryTransaction10 transaction : details.getTxDtls()) {
                        if (transaction.getRefs() != null && transaction.getRefs().getEndToEndId() != null) {
                            lines.add(new Line(transaction.getRefs().getEndToEndId(), Outcome.PAID, null, null, on));
                        }
                    }
                }
            }
        }
        return new Report("camt.054", null, false, null, lines);
    }

    private static String code(List<StatusReasonInformation12> reasons) {
        return reasons.stream().filter(r -> r.getRsn() != null && r.getRsn().getCd() != null)
                .map(r -> r.getRsn().getCd()).findFirst().orElse(null);
    }

    private static String information(List<StatusReasonInformation12> reasons) {
        String text = String.join(" ", reasons.stream().flatMap(r -> r.getAddtlInf().stream()).toList()).strip();
        return text.isEmpty() ? null : text;
    }
}
