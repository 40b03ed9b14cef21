package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.service.command.DeMinimisEntry;
import fr.hautsdefrance.acte.application.service.command.DraftContent;
import fr.hautsdefrance.acte.application.service.command.ExpenseEntry;
import fr.hautsdefrance.acte.application.service.command.FundingEntry;
import fr.hautsdefrance.acte.web.problem.ProblemException;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The body that creates or saves a draft: {@code organisationId} (and optionally {@code callId}) when
 * creating; {@code version}, the one last read, when saving; the rest is the draft's content, the
 * {@link DraftContent} command the service checks (its violations name these same fields).
 */
public record ApplicationDraftRequest(
        UUID organisationId,
        UUID callId,
        Long version,
        String title,
        String summary,
        DraftContent.Project project,
        List<ExpenseEntry> expenses,
        List<FundingEntry> funding,
        BigDecimal requestedAmount,
        BigDecimal deMinimisReceived,
        List<DeMinimisEntry> deMinimisAids,
        Boolean deMinimisCertified) {

    /** The draft's content, for the service to check and apply. */
    DraftContent content() {
        ensureDeMinimisDeclaredAidByAid();
        return new DraftContent(title, summary, project, expenses, funding, requestedAmount, deMinimisAids,
                Boolean.TRUE.equals(deMinimisCertified));
    }

    /**
     * {@code deMinimisReceived} is the sum the platform computes from {@code deMinimisAids}: a client that
     * still sends a total must declare each aid instead.
     */
    private void ensureDeMinimisDeclaredAidByAid() {
        boolean totalOnly = deMinimisReceived != null && deMinimisReceived.signum() > 0
                && (deMinimisAids == null || deMinimisAids.isEmpty());
        if (totalOnly) {
            throw ProblemException.invalidField("deMinimisReceived", "Déclarez chaque aide de minimis reçue "
                    + "(deMinimisAids : organisme, date, montant, règlement) : le total sur trois ans en est calculé.");
        }
    }
}
