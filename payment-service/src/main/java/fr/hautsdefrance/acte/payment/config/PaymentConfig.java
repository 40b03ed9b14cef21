package fr.hautsdefrance.acte.payment.config;

import fr.hautsdefrance.acte.payment.domain.PaymentChannel;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * The payment rules of the scheme, versioned: each grant keeps the version and the values it was
 * opened under, so a later change of the rules never alters a schedule already notified.
 */
@ConfigMapping(prefix = "acte.payment")
public interface PaymentConfig {

    /** Identifier of this set of values, recorded on every grant opened with it. */
    @WithDefault("acte-paiement-2026.1")
    String ruleVersion();

    /** Share of the award paid as advance once the agreement is signed. */
    @WithDefault("0.30")
    BigDecimal advanceRate();

    /** Cumulated payments before the balance stay at or under this share of the award. */
    @WithDefault("0.80")
    BigDecimal instalmentCeiling();

    /** No payment below this amount, except the balance. */
    @WithDefault("1000.00")
    BigDecimal minimumPayment();

    /** A grant with no payment request this many months after the vote lapses. */
    @WithDefault("24")
    int validityMonths();

    /** Reminders before the lapse, in days before the lapse date. */
    @WithDefault("60,15")
    List<Integer> lapseWarningDays();

    /** When the daily lapse check runs (Quartz-style cron, read by the scheduler). */
    @WithDefault("0 30 5 * * ?")
    String lapseCheckCron();

    /**
     * When the retention job erases the bank details whose period has run (docs/retention.md): nightly,
     * {@code off} to disable it (the tests run it themselves).
     */
    @WithDefault("0 45 2 * * ?")
    String retentionCron();

    /** How long an Idempotency-Key and its answer are kept: retries come within minutes, a generous margin. */
    @WithDefault("P30D")
    Duration idempotencyRetention();

    /**
     * How approved payments are sent: PES (bordereaux of mandates to the public accountant, the
     * Region's way) or SEPA (credit transfer files to the grantor's bank). One per deployment.
     */
    @WithDefault("PES")
    PaymentChannel channel();

    /** The PES V2 files' sender, receiver and collectivity identifiers (channel PES). */
    Pes pes();

    interface Pes {

        /** Emetteur/Sigle: who sends the files. */
        @WithDefault("ACTE-RHDF")
        String senderCode();

        /** Emetteur/Adresse. */
        @WithDefault("acte.hautsdefrance.fr")
        String senderAddress();

        /** Recepteur/Adresse: the Hélios gateway address the DGFiP gives the collectivity. */
        @WithDefault("helios.dgfip.finances.gouv.fr")
        String receiverAddress();

        /** IdPost: the public accountant's post (paierie régionale), its numéro codique. */
        @WithDefault("059000")
        String postId();

        /** CodCol: the collectivity's code in Hélios. */
        @WithDefault("001")
        String collectivityCode();

        /** CodBud: the budget's code in Hélios. */
        @WithDefault("01")
        String budgetCode();

        /** LibelleColBud. */
        @WithDefault("REGION HAUTS-DE-FRANCE")
        String budgetLabel();

        /** Titres de recette: the local product code (CodProdLoc) the accountant maps to a national one. */
        @WithDefault("RVSB")
        String recoveryProductCode();

        /** Titres de recette: the nature account a grant paid back is credited to (M57). */
        @WithDefault("7788")
        String recoveryNature();
    }

    /**
     * The budget imputation awards are committed on when finance has set none for their call
     * (PUT /api/v1/calls/{callId}/budget-imputation): M57 nomenclature, operating grants.
     */
    Imputation defaultImputation();

    interface Imputation {

        @WithDefault("BP")
        String budget();

        @WithDefault("65")
        String chapter();

        @WithDefault("6574")
        String nature();

        @WithDefault("61")
        String function();

        @WithDefault("ESS-ACTE")
        String programme();

        @WithDefault("AE-ESS-ACTE")
        String authorisation();
    }

    /** The Region's side of every SEPA credit transfer. */
    Debtor debtor();

    interface Debtor {

        @WithDefault("Region Hauts-de-France")
        String name();

        /** SIRET of the Region, the initiating party's identifier in the files. */
        @WithDefault("20005376700014")
        String siret();

        /** The Region's account with its paying agent (Banque de France). */
        @WithDefault("FR7630001007941234567890185")
        String iban();

        @WithDefault("BDFEFRPPCCT")
        String bic();

        @WithDefault("Avenue du President Hoover")
        String streetName();

        @WithDefault("151")
        String buildingNumber();

        @WithDefault("59555")
        String postCode();

        @WithDefault("Lille")
        String townName();

        @WithDefault("FR")
        String country();
    }
}
