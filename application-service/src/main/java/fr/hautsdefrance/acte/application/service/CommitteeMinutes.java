package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.FrenchFormats;
import fr.hautsdefrance.acte.application.domain.committee.CommitteeSession;
import fr.hautsdefrance.acte.web.csv.CsvWriter;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/** The minutes of a session of the Commission permanente, as a spreadsheet and as a PDF document. */
@ApplicationScoped
public class CommitteeMinutes {

    private final CommitteeService committee;
    private final PdfDocuments pdf;

    @Inject
    public CommitteeMinutes(CommitteeService committee, PdfDocuments pdf) {
        this.committee = committee;
        this.pdf = pdf;
    }

    public String csv(UUID sessionId) {
        CsvWriter csv = CsvWriter.forFrenchSpreadsheets().row(List.of("Délibération", "Dossier", "Bénéficiaire",
                "Décision", "Montant attribué", "Taux voté", "Motifs du refus"));
        for (CommitteeService.Deliberation d : committee.minutes(sessionId)) {
            boolean awarded = d.decision() == CommitteeService.Outcome.APPROVED;
            csv.row(List.of(d.number(), d.reference(), d.beneficiary(), awarded ? "Attribution" : "Refus",
                    awarded ? d.amount().toPlainString().replace('.', ',') : "",
                    awarded && d.votedRate() != null ? FrenchFormats.percent(d.votedRate()) + " %" : "",
                    d.reason() == null ? "" : d.reason()));
        }
        return csv.toString();
    }

    /** Drawn once the session is closed: before, the decisions may still change. */
    public byte[] pdf(UUID sessionId) {
        CommitteeSession session = committee.summary(sessionId).session();
        if (session.closedAt() == null) {
            throw ProblemException.conflict("session-not-closed", "Le procès-verbal est établi à la clôture de la séance.");
        }
        return pdf.minutes(session, committee.minutes(sessionId));
    }
}
