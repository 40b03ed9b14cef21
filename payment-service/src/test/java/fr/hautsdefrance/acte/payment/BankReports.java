package fr.hautsdefrance.acte.payment;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A bank's own reports on a SEPA file, as banks write them (ISO 20022), for the tests. */
public final class BankReports {

    private BankReports() {
    }

    /** A transfer's status in a pain.002: ACSC (settled), ACCP (accepted), RJCT with its reason code. */
    public static String transaction(String endToEndId, String status, String reasonCode, String information) {
        String reason = reasonCode == null ? "" : "<StsRsnInf><Rsn><Cd>" + reasonCode + "</Cd></Rsn>"
                + (information == null ? "" : "<AddtlInf>" + information + "</AddtlInf>") + "</StsRsnInf>";
        return "<TxInfAndSts><OrgnlEndToEndId>" + endToEndId + "</OrgnlEndToEndId><TxSts>" + status + "</TxSts>"
                + reason + "</TxInfAndSts>";
    }

    /** A payment status report (pain.002.001.10) on the file {@code messageId}. */
    public static String pain002(String messageId, String groupStatus, String... transactions) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
                 <CstmrPmtStsRpt>
                  <GrpHdr><MsgId>STS%d</MsgId><CreDtTm>2026-12-08T09:00:00+01:00</CreDtTm></GrpHdr>
                  <OrgnlGrpInfAndSts><OrgnlMsgId>%s</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId>
                   <GrpSts>%s</GrpSts></OrgnlGrpInfAndSts>
                  <OrgnlPmtInfAndSts><OrgnlPmtInfId>%s</OrgnlPmtInfId>%s</OrgnlPmtInfAndSts>
                 </CstmrPmtStsRpt>
                </Document>""".formatted(System.nanoTime() % 1_000_000, messageId, groupStatus, messageId,
                String.join("", transactions));
    }

    /** A debit notification (camt.054.001.08): each transfer booked on the debtor's account on {@code day}. */
    public static String camt054(String day, String... endToEndIds) {
        String entries = Arrays.stream(endToEndIds).map(id -> """
                <Ntry><Amt Ccy="EUR">9000.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                 <BookgDt><Dt>%s</Dt></BookgDt><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                 <NtryDtls><TxDtls><Refs><EndToEndId>%s</EndToEndId></Refs><Amt Ccy="EUR">9000.00</Amt></TxDtls></NtryDtls></Ntry>"""
                .formatted(day, id)).collect(Collectors.joining());
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
                 <BkToCstmrDbtCdtNtfctn>
                  <GrpHdr><MsgId>NTF%d</MsgId><CreDtTm>2026-12-09T08:00:00+01:00</CreDtTm></GrpHdr>
                  <Ntfctn><Id>NTF-1</Id><CreDtTm>2026-12-09T08:00:00+01:00</CreDtTm>
                   <Acct><Id><IBAN>FR7630001007941234567890185</IBAN></Id></Acct>%s</Ntfctn>
                 </BkToCstmrDbtCdtNtfctn>
                </Document>""".formatted(System.nanoTime() % 1_000_000, entries);
    }
}
