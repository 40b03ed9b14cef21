package fr.hautsdefrance.acte.payment.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SCHEDULED → REQUESTED → VALIDATED → APPROVED → ORDERED → PAID | REJECTED, guarded on the entities themselves. */
class PaymentTransitionsTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2027-02-01T09:00:00Z");
    /** The IBAN paid was entered by the beneficiary, not by a finance officer. */
    static final List<String> NO_AUTHOR = List.of("porteuse");

    static BankAccount validatedAccount() {
        BankAccount account = BankAccount.propose(UUID.randomUUID(), "Les Jardins du Bassin", "FR1420041010050500013M02606",
                "PSSTFRPPLIL", "Rue de la Fosse 9", "12", "62300", "Lens", "FR", "porteuse", "Nadia", NOW);
        account.validate("finance", "Finance 1", NOW);
        return account;
    }

    static Payment validatedInstalment() {
        Payment payment = Payment.scheduled(UUID.randomUUID(), PaymentKind.INSTALMENT, 1, null, NOW);
        payment.request("porteuse", "Nadia", List.of(new ExpenseLine(ExpenseCategory.OPERATING, "Coordination",
                new BigDecimal("10000.00"), List.of("facture-1"))), new BigDecimal("6000.00"), NOW);
        payment.validate("instructeur", new BigDecimal("10000.00"), new BigDecimal("6000.00"), NOW);
        return payment;
    }

    @Test
    void a_payment_walks_the_whole_way_to_paid_with_two_finance_officers() {
        Payment payment = validatedInstalment();
        payment.prepare("finance", "Finance 1", Creditor.of(validatedAccount()), NO_AUTHOR, NOW);
        payment.approve("finance2", "Finance 2", NO_AUTHOR, NOW);
        UUID batch = UUID.randomUUID();
        payment.order(batch, NOW);
        payment.paid(NOW);

        assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(payment.preparedBy()).isEqualTo("finance");
        assertThat(payment.approvedBy()).isEqualTo("finance2");
        assertThat(payment.batchId()).isEqualTo(batch);
        assertThat(payment.endToEndId()).hasSize(32).doesNotContain("-");
    }

    @Test
    void a_refused_step_carries_the_payment_and_its_status_and_says_what_was_refused() {
        Payment advance = Payment.scheduled(UUID.randomUUID(), PaymentKind.ADVANCE, 1, null, NOW);
        Payment instalment = validatedInstalment();

        assertThatThrownBy(() -> advance.paid(NOW)).isInstanceOfSatisfying(IllegalTransitionException.class,
                refusedAs(new IllegalTransitionException.PaymentStepRefused(PaymentKind.ADVANCE, 1,
                        PaymentStatus.SCHEDULED, "impossible de l'enregistrer comme payée")));
        assertThatThrownBy(() -> instalment.paid(NOW)).isInstanceOfSatisfying(IllegalTransitionException.class,
                refusedAs(new IllegalTransitionException.PaymentStepRefused(PaymentKind.INSTALMENT, 1,
                        PaymentStatus.VALIDATED, "impossible de l'enregistrer comme payé")));
    }

    /** A refusal that names statuses or kinds carries them: the message bundle words it for people. */
    static Consumer<IllegalTransitionException> refusedAs(IllegalTransitionException.Refusal expected) {
        return refused -> assertThat(refused.refusal()).contains(expected);
    }

    @Test
    void the_maker_never_checks_their_own_order() {
        Payment payment = validatedInstalment();
        payment.prepare("finance", "Finance 1", Creditor.of(validatedAccount()), NO_AUTHOR, NOW);

        assertThatThrownBy(() -> payment.approve("finance", "Finance 1", NO_AUTHOR, NOW)).isInstanceOf(FourEyesException.class)
                .hasMessageContaining("autre gestionnaire");
        assertThat(payment.status()).isEqualTo(PaymentStatus.VALIDATED);
    }

    @Test
    void whoever_entered_or_changed_the_iban_neither_prepares_nor_approves_a_payment_to_it() {
        // finance-1 entered the RIB (finance-2 validated it): finance-1 stays out of the payments to that account.
        List<String> enteredByFinance1 = List.of("finance-1");
        Payment payment = validatedInstalment();
        assertThatThrownBy(() -> payment.prepare("finance-1", "Finance 1", Creditor.of(validatedAccount()),
                enteredByFinance1, NOW)).isInstanceOf(FourEyesException.class)
                .hasMessageContaining("saisi ou modifié les coordonnées bancaires");
        assertThat(payment.preparedBy()).isNull();

        payment.prepare("finance-3", "Finance 3", Creditor.of(validatedAccount()), enteredByFinance1, NOW);
        assertThatThrownBy(() -> payment.approve("finance-1", "Finance 1", enteredByFinance1, NOW))
                .isInstanceOf(FourEyesException.class).hasMessageContaining("IBAN");
        assertThat(payment.status()).isEqualTo(PaymentStatus.VALIDATED);
        payment.approve("finance-2", "Finance 2", enteredByFinance1, NOW);
        assertThat(payment.approvedBy()).isEqualTo("finance-2");
    }

    @Test
    void the_officer_who_certified_the_service_fait_never_issues_the_mandate() {
        // instructeur holds the finance role too: the liquidation is theirs, the mandate must be others'.
        Payment payment = validatedInstalment();
        assertThatThrownBy(() -> payment.prepare("instructeur", "Instructeur", Creditor.of(validatedAccount()),
                NO_AUTHOR, NOW)).isInstanceOf(FourEyesException.class).hasMessageContaining("service fait");
        payment.prepare("finance-1", "Finance 1", Creditor.of(validatedAccount()), NO_AUTHOR, NOW);
        assertThatThrownBy(() -> payment.approve("instructeur", "Instructeur", NO_AUTHOR, NOW))
                .isInstanceOf(FourEyesException.class).hasMessageContaining("liquidation");
        payment.approve("finance-2", "Finance 2", NO_AUTHOR, NOW);
        assertThat(payment.status()).isEqualTo(PaymentStatus.APPROVED);
    }

    @Test
    void preparing_an_order_again_never_replaces_its_recorded_maker() {
        Payment payment = validatedInstalment();
        payment.prepare("finance-1", "Finance 1", Creditor.of(validatedAccount()), NO_AUTHOR, NOW);

        assertThatThrownBy(() -> payment.prepare("finance-2", "Finance 2", Creditor.of(validatedAccount()), NO_AUTHOR,
                NOW.plusHours(1))).isInstanceOfSatisfying(IllegalTransitionException.class, refusedAs(
                new IllegalTransitionException.OrderPreparedByAnother(PaymentKind.INSTALMENT, 1, "Finance 1")));
        assertThat(payment.preparedBy()).isEqualTo("finance-1");
        // So finance-1 can never approve an order "re-prepared" by a colleague.
        assertThatThrownBy(() -> payment.approve("finance-1", "Finance 1", NO_AUTHOR, NOW))
                .isInstanceOf(FourEyesException.class);

        // The maker may prepare again (new bank details validated): the account changes, the maker stays.
        payment.prepare("finance-1", "Finance 1", Creditor.of(validatedAccount()), NO_AUTHOR, NOW.plusHours(2));
        assertThat(payment.preparedBy()).isEqualTo("finance-1");
        assertThat(payment.preparedAt()).isEqualTo(NOW.plusHours(2));
    }

    @Test
    void an_order_is_prepared_before_it_is_approved() {
        Payment payment = validatedInstalment();
        assertThatThrownBy(() -> payment.approve("finance2", "Finance 2", NO_AUTHOR, NOW))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        refusedAs(new IllegalTransitionException.OrderNotPrepared(PaymentKind.INSTALMENT, 1)));
    }

    @Test
    void every_step_is_refused_out_of_order() {
        Payment scheduled = Payment.scheduled(UUID.randomUUID(), PaymentKind.ADVANCE, 1, new BigDecimal("9000.00"), NOW);
        assertThatThrownBy(() -> scheduled.validate("x", null, BigDecimal.TEN, NOW))
                .isInstanceOfSatisfying(IllegalTransitionException.class, refused -> assertThat(refused.refusal())
                        .get().extracting("status").isEqualTo(PaymentStatus.SCHEDULED));
        assertThatThrownBy(() -> scheduled.order(UUID.randomUUID(), NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> scheduled.paid(NOW)).isInstanceOf(IllegalTransitionException.class);

        Payment validated = validatedInstalment();
        assertThatThrownBy(() -> validated.request("porteuse", null, List.of(), BigDecimal.ONE, NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> validated.order(UUID.randomUUID(), NOW)).isInstanceOf(IllegalTransitionException.class);

        validated.prepare("finance", null, Creditor.of(validatedAccount()), NO_AUTHOR, NOW);
        validated.approve("finance2", null, NO_AUTHOR, NOW);
        assertThatThrownBy(() -> validated.reject("instructeur", "trop tard", NOW))
                .isInstanceOf(IllegalTransitionException.class);
        validated.order(UUID.randomUUID(), NOW);
        validated.reject("finance", "Rejeté par la banque : compte clos", NOW);
        assertThat(validated.status()).isEqualTo(PaymentStatus.REJECTED);
        assertThatThrownBy(() -> validated.paid(NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> validated.reject("finance", "encore", NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void nothing_to_pay_means_no_order_and_only_a_balance_settles_without_transfer() {
        Payment balance = Payment.scheduled(UUID.randomUUID(), PaymentKind.BALANCE, 1, null, NOW);
        balance.request("porteuse", null, List.of(), BigDecimal.ZERO, NOW);
        balance.validate("instructeur", BigDecimal.ZERO, BigDecimal.ZERO, NOW);
        assertThatThrownBy(() -> balance.prepare("finance", null, Creditor.of(validatedAccount()), NO_AUTHOR, NOW))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        refusedAs(new IllegalTransitionException.NothingToPay(PaymentKind.BALANCE, 1)));
        balance.settleWithoutTransfer(NOW);
        assertThat(balance.status()).isEqualTo(PaymentStatus.PAID);

        Payment instalment = validatedInstalment();
        assertThatThrownBy(() -> instalment.settleWithoutTransfer(NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void bank_details_are_validated_by_someone_else_than_who_entered_them() {
        BankAccount account = BankAccount.propose(UUID.randomUUID(), "Titulaire", "FR14 2004 1010 0505 0001 3M02 606",
                "psstfrpplil", "Rue", null, "62300", "Lens", null, "finance", "Finance 1", NOW);
        assertThat(account.iban).isEqualTo("FR1420041010050500013M02606");
        assertThat(account.bic).isEqualTo("PSSTFRPPLIL");
        assertThat(account.country).isEqualTo("FR");

        assertThatThrownBy(() -> account.validate("finance", "Finance 1", NOW)).isInstanceOf(FourEyesException.class);
        account.validate("finance2", "Finance 2", NOW);
        assertThat(account.status()).isEqualTo(BankAccountStatus.VALIDATED);
        assertThatThrownBy(() -> account.reject("finance3", null, "non", NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void bank_details_with_a_wrong_iban_or_bic_are_never_recorded() {
        assertThatThrownBy(() -> BankAccount.propose(UUID.randomUUID(), "T", "FR1520041010050500013M02606", "PSSTFRPPLIL",
                "Rue", null, "62300", "Lens", "FR", "p", null, NOW))
                .isInstanceOf(PaymentRuleException.class).extracting("field").isEqualTo("iban");
        assertThatThrownBy(() -> BankAccount.propose(UUID.randomUUID(), "T", "FR1420041010050500013M02606", "DEUTDEFF",
                "Rue", null, "62300", "Lens", "FR", "p", null, NOW))
                .isInstanceOf(PaymentRuleException.class).extracting("field").isEqualTo("bic");
    }

    @Test
    void a_grant_opens_on_the_signature_once_and_never_records_more_paid_than_awarded() {
        GrantAccount grant = GrantAccount.award(UUID.randomUUID(), "ACTE-2026-000001", new BigDecimal("30000.00"),
                new BigDecimal("0.6"), new BigDecimal("60000.00"), "CP-2026-12-001", LocalDate.of(2026, 12, 10),
                MoneyRulesTest.RULES, NOW);
        assertThat(grant.lapseDate).isEqualTo(LocalDate.of(2028, 12, 10));
        assertThatThrownBy(grant::ensureOpen).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("convention n'est pas encore signée");

        assertThat(grant.signAgreement(NOW, "porteuse", "Nadia Benali")).isTrue();
        assertThat(grant.signAgreement(NOW.plusDays(1), "porteuse", "Nadia Benali")).isFalse();
        assertThat(grant.agreementSignedAt()).isEqualTo(NOW);

        grant.recordPaid(new BigDecimal("29999.99"));
        assertThatThrownBy(() -> grant.recordPaid(new BigDecimal("0.02"))).isInstanceOf(PaymentRuleException.class);
        grant.recordPaid(new BigDecimal("0.01"));
        assertThat(grant.paidAmount()).isEqualTo(new BigDecimal("30000.00"));
    }
}
