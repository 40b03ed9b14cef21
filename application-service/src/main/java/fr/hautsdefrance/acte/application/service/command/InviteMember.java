package fr.hautsdefrance.acte.application.service.command;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An owner invites someone to join their organisation, by the address the code will be sent to. */
public record InviteMember(
        @NotBlank(message = ADDRESS) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = ADDRESS)
        @Size(max = 320, message = "L'adresse e-mail ne doit pas dépasser 320 caractères.") String email) {

    static final String ADDRESS = "Indiquez l'adresse e-mail de la personne à inviter, par exemple "
            + "prenom.nom@association.fr.";
}
