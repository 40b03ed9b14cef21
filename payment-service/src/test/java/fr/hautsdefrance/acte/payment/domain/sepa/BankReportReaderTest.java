package fr.hautsdefrance.acte.payment.domain.sepa;

import fr.hautsdefrance.acte.payment.BankReports;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bank's own reports read with the ISO 20022 model: only final outcomes, with the bank's codes. */
class BankReportReaderTest {

    @Test
    void a_pain_002_gives_each_settled_or_rejected_transfer_and_leaves_the_accepted_ones_waiting() {
        BankReportReader.Report report = BankReportReader.read(BankReports.pain002("ACTE123", "PART",
                BankReports.transaction("E2E1", "ACSC", null, null),
                BankReports.transaction("E2E2", "RJCT", "AC04", "Compte clos"),
                BankReports.transaction("E2E3", "ACCP", null, null)));

        assertThat(report.originalMessageId()).isEqualTo("ACTE123");
        assertThat(report.fileRejected()).isFalse();
        assertThat(report.lines()).containsExactly(
                new BankReportReader.Line("E2E1", BankReportReader.Outcome.PAID, null, null, null),
                new BankReportReader.Line("E2E2", BankReportReader.Outcome.REJECTED, "AC04", "Compte clos", null));
    }

    @Test
    void a_pain_002_refusing_the_whole_file_says_so_with_its_reason() {
        BankReportReader.Report report = BankReportReader.read(BankReports.pain002("ACTE123", "RJCT")
                .replace("<GrpSts>RJCT</GrpSts>", "<GrpSts>RJCT</GrpSts><StsRsnInf><Rsn><Cd>FF01</Cd></Rsn></StsRsnInf>"));
        assertThat(report.fileRejected()).isTrue();
        assertThat(report.fileReasonCode()).isEqualTo("FF01");
    }

    @Test
    void a_camt_054_gives_the_transfers_booked_on_the_debtors_account() {
        BankReportReader.Report report = BankReportReader.read(BankReports.camt054("2026-12-09", "E2E1", "E2E4"));
        assertThat(report.lines()).extracting(BankReportReader.Line::endToEndId).containsExactly("E2E1", "E2E4");
        assertThat(report.lines()).allSatisfy(line -> {
            assertThat(line.outcome()).isEqualTo(BankReportReader.Outcome.PAID);
            assertThat(line.bookedOn()).isEqualTo(LocalDate.of(2026, 12, 9));
        });
    }

    @Test
    void anything_else_is_unreadable() {
        assertThatThrownBy(() -> BankReportReader.read("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"/>"))
                .isInstanceOf(BankReportReader.UnreadableReport.class).hasMessageContaining("pain.002.001.10");
        assertThatThrownBy(() -> BankReportReader.read("")).isInstanceOf(BankReportReader.UnreadableReport.class);
    }
}
