package fr.hautsdefrance.acte.application.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The committee's vote on one file, as the API and the portal send it alike.
 *
 * @param amount                 the award (approval only)
 * @param reason                 the reasons of a refusal, told to the applicant
 * @param overProposalReason     why the award exceeds the officer's proposal, when it does
 * @param envelopeOverrideReason a manager's reason to go beyond the session's or the call's envelope
 */
public record Vote(@NotNull(message = "indiquez le dossier") UUID applicationId,
        @NotNull(message = "indiquez la décision (APPROVED ou REJECTED)") CommitteeService.Outcome outcome,
        @DecimalMin(value = "0.00", message = "le montant ne peut pas être négatif")
        @Digits(integer = 9, fraction = 2, message = "un montant en euros, au centime près") BigDecimal amount,
        @Size(max = 4000, message = "4 000 caractères au plus") String reason,
        @NotBlank(message = "indiquez le numéro de délibération") @Size(max = 40, message = "40 caractères au plus")
        String deliberationNumber,
        @Size(max = 4000, message = "4 000 caractères au plus") String overProposalReason,
        @Size(max = 4000, message = "4 000 caractères au plus") String envelopeOverrideReason) {
}
