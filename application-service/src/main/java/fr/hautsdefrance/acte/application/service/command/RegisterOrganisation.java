package fr.hautsdefrance.acte.application.service.command;

import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import fr.hautsdefrance.acte.web.validation.Siren;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * An applicant registers their organisation (the API's body, the portal's form). Checked once, where
 * {@code OrganisationService.register} receives it; what depends on several fields (an association's RNA,
 * a SIRET of the SIREN, one to publish the grant with) is the organisation's own rule.
 */
public record RegisterOrganisation(
        @Size(max = 200, message = "Le nom de la structure ne doit pas dépasser 200 caractères.") String name,
        @NotNull(message = "Indiquez le type de structure.") ApplicantType applicantType,
        @NotNull(message = "Indiquez la forme juridique.") LegalForm legalForm,
        @NotNull(message = SIREN) @Siren(message = SIREN) String siren,
        @Siret String siret,
        @Pattern(regexp = "W[0-9]{9}", message = RNA) String rna,
        @Size(max = 300, message = "L'adresse ne doit pas dépasser 300 caractères.") String addressLine,
        @Pattern(regexp = "[0-9]{5}", message = "Code postal à 5 chiffres, par exemple 59000.") String postcode,
        @Pattern(regexp = "[0-9][0-9AB][0-9]{3}", message = "Code INSEE de commune attendu, par exemple 59350.")
        String communeCode,
        @Size(max = 50, message = "50 SIREN de membres au plus.")
        List<@NotNull(message = SIREN) @Siren(message = SIREN) String> memberSirens) {

    static final String SIREN = "Numéro SIREN invalide : 9 chiffres, vérifiez-le sur l'avis de situation SIRENE.";
    static final String RNA = "Numéro RNA de l'association : W suivi de 9 chiffres.";

    public RegisterOrganisation {
        // copied as typed: a null entry is the validation's to name, not a NullPointerException's
        memberSirens = memberSirens == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(memberSirens));
    }
}
