package fr.hautsdefrance.acte.application.service.command;

import fr.hautsdefrance.acte.application.domain.DeMinimisAid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A de minimis aid received: who granted it, when (within the last three years counts), how much,
 * under which regulation (e.g. "(UE) 2023/2831").
 */
public record DeMinimisEntry(
        @NotBlank(message = "Indiquez qui a accordé l'aide.")
        @Size(max = 200, message = "Le nom de l'organisme ne doit pas dépasser 200 caractères.") String grantor,
        @NotNull(message = "Indiquez sa date d'octroi.") @PastOrPresent(message = "Une aide reçue a une date passée.")
        LocalDate grantedOn,
        @NotNull(message = "Indiquez le montant de l'aide.") @DraftConstraints.Amount BigDecimal amount,
        @Size(max = 100, message = "Le règlement ne doit pas dépasser 100 caractères.") String regulation) {

    DeMinimisAid toAid() {
        return new DeMinimisAid(grantor, grantedOn, amount, regulation);
    }
}
