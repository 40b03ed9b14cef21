package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.IllegalTransitionException;
import fr.hautsdefrance.acte.application.domain.organisation.ClaimDecidedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A refusal as the person who asked reads it. Most refusals carry their French message; a file's illegal
 * transition and a claim decided already carry their statuses, worded here from the message bundle so that
 * a status is named in one place only.
 */
@ApplicationScoped
public class Refusals {

    private final Texts texts;

    @Inject
    public Refusals(Texts texts) {
        this.texts = texts;
    }

    public String message(RuntimeException refusal) {
        if (refusal instanceof IllegalTransitionException illegal) {
            return texts.illegalTransition(illegal.from(), illegal.to());
        }
        if (refusal instanceof ClaimDecidedException decided) {
            return texts.claimDecided(decided.status());
        }
        return refusal.getMessage();
    }
}
