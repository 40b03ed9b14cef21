package fr.hautsdefrance.acte.notification.service;

import fr.hautsdefrance.acte.notification.domain.Audience;
import fr.hautsdefrance.acte.notification.domain.PaymentKind;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French texts every e-mail shares, and the French names of the values they show: written once
 * here and used by both parts of each e-mail ({@code {msg:greeting(recipientName)}} in the {@code .txt}
 * and {@code .html} templates) and by the code (injected, or {@code MessageBundles.get}). Qute checks
 * at build time that each template calls them with what they need.
 */
@MessageBundle(value = "msg", locale = "fr")
public interface MailTexts {

    @Message("Bonjour{#if name} {name}{/if},")
    String greeting(String name);

    /** The link at the foot of a message about a file. */
    @Message("Voir le dossier {reference}")
    String seeFile(String reference);

    /** The link at the foot of a message about a grant's payments. */
    @Message("Suivre la subvention {reference}")
    String followGrant(String reference);

    @Message("Motif :")
    String reason();

    @Message("Voies de recours :")
    String appealRoute();

    /** The band at the top of every e-mail. */
    @Message("ACTE – Région Hauts-de-France")
    String sender();

    /** Why the person gets the message and where to answer; the portal's address follows it. */
    @Message("Ce message vous est adressé par la Région Hauts-de-France dans le cadre du dispositif ACTE "
            + "(Accélérateur de Coopérations Territoriales Économiques). Merci de ne pas y répondre : retrouvez "
            + "votre dossier et écrivez-nous depuis votre espace")
    String footer();

    /** Avance, Acompte n° 2, Solde: as the schedule names its payments. */
    @Message("{#when kind}{#is ADVANCE}Avance{#is BALANCE}Solde{#else}Acompte n° {sequence}{/when}")
    String payment(PaymentKind kind, Integer sequence);

    /** A line of the schedule: the payment and its planned amount, or how it will be set. */
    @Message("{msg:payment(kind, sequence)} : {#if plannedAmount}{plannedAmount}{#else}sur état des dépenses{/if}")
    String plannedPayment(PaymentKind kind, Integer sequence, String plannedAmount);

    /** An audience's French name: a team's functional mailbox is addressed by it. */
    @Message("{#when audience}{#is MANAGERS}Responsables ACTE{#is FINANCE}Gestion financière ACTE"
            + "{#is OFFICER}Chargé·e de mission{#else}Porteur de projet{/when}")
    String audience(Audience audience);
}
