package fr.hautsdefrance.acte.application.service.command;

import fr.hautsdefrance.acte.application.domain.Partner;
import fr.hautsdefrance.acte.application.domain.PartnerCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A partner of the cooperation, and the piece that shows its commitment when there is one. */
public record PartnerEntry(
        @NotBlank(message = "Indiquez le nom du partenaire.")
        @Size(max = 200, message = "Le nom du partenaire ne doit pas dépasser 200 caractères.") String name,
        @NotNull(message = "Indiquez la nature du partenaire.") PartnerCategory category,
        @Size(max = 300, message = "Le rôle du partenaire ne doit pas dépasser 300 caractères.") String role,
        UUID commitmentDocumentId) {

    Partner toPartner() {
        return new Partner(name, category, role, commitmentDocumentId);
    }
}
