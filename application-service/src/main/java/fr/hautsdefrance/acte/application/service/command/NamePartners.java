package fr.hautsdefrance.acte.application.service.command;

import fr.hautsdefrance.acte.application.domain.Application;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The partners step: who the project cooperates with. */
public record NamePartners(
        @Size(max = 100, message = "100 partenaires au plus.")
        List<@NotNull(message = "Ligne vide.") @Valid PartnerEntry> partners) implements DraftChange {

    public NamePartners {
        partners = Commands.copy(partners);
    }

    @Override
    public void applyTo(Application draft, LocalDate today) {
        draft.namePartners(partners.stream().map(PartnerEntry::toPartner).toList());
    }
}
