package fr.hautsdefrance.acte.payment.domain.sepa;

import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.AmountType4Choice;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GenericOrganisationIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.OrganisationIdentification29;
import com.prowidesoftware.swift.model.mx.dic.OrganisationIdentificationSchemeName1Choice;
import com.prowidesoftware.swift.model.mx.dic.Party38Choice;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification6;
import com.prowidesoftware.swift.model.mx.dic.PaymentTypeInformation26;
import com.prowidesoftware.swift.model.mx.dic.PostalAddress24;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;
import com.prowidesoftware.swift.model.mx.dic.ServiceLevel8Choice;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Objects;

/**
 * Writes a SEPA credit transfer initiation (ISO 20022 pain.001.001.09) as a stream: the envelope
 * with StAX, each block of the message (group header, debtor, every transfer) marshalled from
 * Prowide's ISO 20022 model by JAXB. Memory stays flat whatever the number of transfers; the
 * header's count and control sum, known beforehand, are checked against the transfers written.
 *
 * <p>One payment information block (the Region's account, one execution date), SEPA service level,
 * charges shared (SLEV), euros only, structured postal addresses, texts in the SEPA character set.
 */
public final class Pain001Writer {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    private static final String EUR = "EUR";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private Pain001Writer() {
    }

    /** A structured postal address (mandatory in SEPA files from November 2025). */
    public record PostalAddress(String streetName, String buildingNumber, String postCode, String townName,
            String country) {
    }

    /** An account holder: name, IBAN, the bank's BIC and the holder's address. */
    public record Party(String name, String iban, String bic, PostalAddress address) {
    }

    /**
     * @param messageId            unique identifier of the file (35 characters at most)
     * @param initiatingPartyId    the Region's SIRET
     * @param numberOfTransactions how many transfers follow
     * @param controlSum           their total, in euros
     */
    public record Header(String messageId, OffsetDateTime createdAt, String initiatingPartyName,
            String initiatingPartyId, LocalDate requestedExecutionDate, Party debtor, int numberOfTransactions,
            BigDecimal controlSum) {
    }

    /** One credit transfer: the payment id as end-to-end id, the amount, the beneficiary, the remittance text. */
    public record Transfer(String endToEndId, BigDecimal amount, Party creditor, String remittanceInformation) {
    }

    /**
     * Writes the whole file to {@code out} (left open). Fails, leaving an incomplete file the caller
     * must discard, when the transfers do not add up to the header's count and control sum.
     */
    public static void write(Header header, Iterator<Transfer> transfers, OutputStream out) {
        Objects.requireNonNull(header);
        BigDecimal controlSum = header.controlSum().setScale(2);
        try {
            OutputStream buffered = new BufferedOutputStream(new NonClosingOutputStream(out), 64 * 1024);
            XMLStreamWriter xml = XML.createXMLStreamWriter(buffered, StandardCharsets.UTF_8.name());
            Marshaller marshaller = Context.INSTANCE.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            XMLStreamWriter fragments = new NamespaceForcingWriter(xml);

            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "CstmrCdtTrfInitn");
            marshal(marshaller, fragments, "GrpHdr", GroupHeader85.class, groupHeader(header, controlSum));

            xml.writeStartElement(NAMESPACE, "PmtInf");
            text(xml, "PmtInfId", header.messageId() + "-1");
            text(xml, "PmtMtd", "TRF");
            text(xml, "NbOfTxs", Integer.toString(header.numberOfTransactions()));
            text(xml, "CtrlSum", controlSum.toPlainString());
            marshal(marshaller, fragments, "PmtTpInf", PaymentTypeInformation26.class,
                    new PaymentTypeInformation26().addSvcLvl(new ServiceLevel8Choice().setCd("SEPA")));
            marshal(marshaller, fragments, "ReqdExctnDt", DateAndDateTime2Choice.class,
                    new DateAndDateTime2Choice().setDt(header.requestedExecutionDate()));
            marshal(marshaller, fragments, "Dbtr", PartyIdentification135.class, party(header.debtor()));
            marshal(marshaller, fragments, "DbtrAcct", CashAccount38.class, account(header.debtor().iban()));
            marshal(marshaller, fragments, "DbtrAgt", BranchAndFinancialInstitutionIdentification6.class,
                    agent(header.debtor().bic()));
            text(xml, "ChrgBr", "SLEV");
            xml.writeCharacters("\n");

            int count = 0;
            BigDecimal total = BigDecimal.ZERO;
            while (transfers.hasNext()) {
                Transfer transfer = transfers.next();
                BigDecimal amount = transfer.amount().setScale(2);
                if (amount.signum() <= 0) {
                    throw new IllegalArgumentException("Transfer " + transfer.endToEndId() + " has no positive amount");
                }
                marshal(marshaller, fragments, "CdtTrfTxInf", CreditTransferTransaction34.class,
                        transaction(transfer, amount));
                xml.writeCharacters("\n");
                count++;
                total = total.add(amount);
            }
            if (count != header.numberOfTransactions() || total.compareTo(controlSum) != 0) {
                throw new IllegalStateException("The file announces " + header.numberOfTransactions() + " transfers for "
                        + controlSum + " EUR but " + count + " transfers for " + total + " EUR were written");
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            buffered.flush();
        } catch (XMLStreamException | JAXBException e) {
            throw new IllegalStateException("Cannot write the SEPA file " + header.messageId(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Binds the ISO 20022 model now (about two seconds) rather than when the first file is asked for. */
    public static void prepare() {
        Objects.requireNonNull(Context.INSTANCE);
    }

    private static GroupHeader85 groupHeader(Header header, BigDecimal controlSum) {
        return new GroupHeader85()
                .setMsgId(header.messageId())
                .setCreDtTm(header.createdAt().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS))
                .setNbOfTxs(Integer.toString(header.numberOfTransactions()))
                .setCtrlSum(controlSum)
                .setInitgPty(new PartyIdentification135()
                        .setNm(SepaText.clean(header.initiatingPartyName(), 140))
                        .setId(new Party38Choice().setOrgId(new OrganisationIdentification29()
                                .addOthr(new GenericOrganisationIdentification1()
                                        .setId(header.initiatingPartyId())
                                        .setSchmeNm(new OrganisationIdentificationSchemeName1Choice().setPrtry("SIRET"))))));
    }

    private static CreditTransferTransaction34 transaction(Transfer transfer, BigDecimal amount) {
        CreditTransferTransaction34 transaction = new CreditTransferTransaction34()
                .setPmtId(new PaymentIdentification6().setEndToEndId(transfer.endToEndId()))
                .setAmt(new AmountType4Choice().setInstdAmt(new ActiveOrHistoricCurrencyAndAmount()
                        .setValue(amount).setCcy(EUR)))
                .setCdtrAgt(agent(transfer.creditor().bic()))
                .setCdtr(party(transfer.creditor()))
                .setCdtrAcct(account(transfer.creditor().iban()));
        if (transfer.remittanceInformation() != null) {
            transaction.setRmtInf(new RemittanceInformation16()
                    .addUstrd(SepaText.clean(transfer.remittanceInformation(), 140)));
        }
        return transaction;
    }

    private static PartyIdentification135 party(Party party) {
        PostalAddress address = party.address();
        return new PartyIdentification135()
                .setNm(SepaText.clean(party.name(), 140))
                .setPstlAdr(new PostalAddress24()
                        .setStrtNm(SepaText.clean(address.streetName(), 70))
                        .setBldgNb(SepaText.clean(address.buildingNumber(), 16))
                        .setPstCd(SepaText.clean(address.postCode(), 16))
                        .setTwnNm(SepaText.clean(address.townName(), 35))
                        .setCtry(address.country()));
    }

    private static CashAccount38 account(String iban) {
        return new CashAccount38().setId(new AccountIdentification4Choice().setIBAN(iban));
    }

    private static BranchAndFinancialInstitutionIdentification6 agent(String bic) {
        return new BranchAndFinancialInstitutionIdentification6()
                .setFinInstnId(new FinancialInstitutionIdentification18().setBICFI(bic));
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static <T> void marshal(Marshaller marshaller, XMLStreamWriter out, String element, Class<T> type,
            T value) throws JAXBException {
        marshaller.marshal(new JAXBElement<>(new QName(element), type, value), out);
    }

    /** Building the context walks the whole model once; it is thread-safe and kept. */
    private static final class Context {
        static final JAXBContext INSTANCE = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(GroupHeader85.class, PaymentTypeInformation26.class,
                        DateAndDateTime2Choice.class, PartyIdentification135.class, CashAccount38.class,
                        BranchAndFinancialInstitutionIdentification6.class, CreditTransferTransaction34.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("The ISO 20022 model cannot be bound", e);
            }
        }
    }

    /** The caller owns the stream (an HTTP response, a file): closing the XML writer must not close it. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
