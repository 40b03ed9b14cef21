package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.instruction.InformationRequest;
import fr.hautsdefrance.acte.application.domain.payment.PaymentFollowUp;
import fr.hautsdefrance.acte.application.service.AuditTrail;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The applicant's timeline of their file: what happened (statuses, information requests and their
 * answers, decisions, payments), oldest first, and what comes next with the date the law or the
 * Region sets for it (the implicit-decision date, a request's deadline).
 */
public record FileTimeline(List<Event> events, NextStep next) {

    /** One thing that happened; {@code quote} is a text written by someone (a request, an answer). */
    public record Event(OffsetDateTime at, String title, String detail, String quote) {
    }

    /** What the file waits for, who acts, and by when ({@code by} may be null). */
    public record NextStep(String what, LocalDate by, String delay) {
    }

    /** The trail's entries the timeline tells as they are; requests, answers and payments it tells itself. */
    private static final Set<String> MILESTONES = Set.of("DRAFT_CREATED", "SUBMITTED", "REVIEW_STARTED",
            "REVIEW_REOPENED", "ASSESSED", "SCHEDULED_FOR_COMMITTEE", "VOTED_APPROVED", "VOTED_REJECTED",
            "DECLARED_INADMISSIBLE", "IMPLICITLY_REJECTED", "CLOSED_AS_INCOMPLETE", "AGREEMENT_ACCEPTED", "WITHDRAWN",
            "RECOVERY_ISSUED", "CLOSED", "LAPSED", "INFORMATION_DEADLINE_EXTENDED", "DECISION_ENFORCEABLE",
            "DISPUTE_WON", "DISPUTE_LOST");

    static FileTimeline of(Application application, List<AuditTrail.HistoryLine> history,
            List<InformationRequest> requests, List<PaymentFollowUp> payments, LocalDate today) {
        List<Event> events = new ArrayList<>();
        for (AuditTrail.HistoryLine line : history) {
            if (MILESTONES.contains(line.action())) {
                events.add(new Event(line.at(), titleOf(line), detailOf(line.action(), application), null));
            }
        }
        for (InformationRequest request : requests) {
            events.add(new Event(request.requestedAt, "La Région vous demande des compléments",
                    "Réponse attendue avant le " + PortalExtensions.french(request.deadline)
                            + (request.items == null || request.items.isEmpty() ? ""
                                    : " ; pièces demandées : " + String.join(", ", request.items)),
                    request.message));
            if (request.answeredAt != null) {
                events.add(new Event(request.answeredAt, "Vous avez répondu à la demande de compléments",
                        "Le délai de décision de deux mois repart de votre réponse.", request.answer));
            }
        }
        if (application.agreementCountersignedAt() != null) {
            events.add(new Event(application.agreementCountersignedAt(), "Convention signée par la Région",
                    "Signée par " + application.agreementCountersignerName() + " : vous pouvez demander vos versements.",
                    null));
        }
        for (PaymentFollowUp payment : payments) {
            if (payment.updatedAt() != null && !"SCHEDULED".equals(payment.status())) {
                events.add(new Event(payment.updatedAt(), PortalExtensions.capitalised(payment.label) + " : "
                        + PortalExtensions.paymentStatusLabel(payment).toLowerCase(java.util.Locale.FRENCH),
                        payment.amount() == null ? null : PortalExtensions.euros(payment.amount()), null));
            }
        }
        events.sort(Comparator.comparing(Event::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return new FileTimeline(events, next(application, requests, today));
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    private static String titleOf(AuditTrail.HistoryLine line) {
        return switch (line.action()) {
            case "ASSESSED" -> "Instruction terminée : votre dossier est évalué";
            case "SCHEDULED_FOR_COMMITTEE" -> "Inscrit à l'ordre du jour de la Commission permanente";
            case "VOTED_APPROVED" -> "Décision : subvention attribuée";
            case "VOTED_REJECTED" -> "Décision : demande refusée";
            case "DECLARED_INADMISSIBLE" -> "Décision : demande déclarée irrecevable";
            case "DECISION_ENFORCEABLE" -> "Délibération exécutoire : la convention vous est proposée";
            default -> PortalExtensions.actionLabel(line);
        };
    }

    private static String detailOf(String action, Application application) {
        return switch (action) {
            case "VOTED_APPROVED" -> application.awardedAmount() == null ? null
                    : PortalExtensions.euros(application.awardedAmount()) + ", délibération n° "
                            + application.deliberationNumber();
            case "VOTED_REJECTED", "DECLARED_INADMISSIBLE" -> application.rejectionReason() == null ? null
                    : "Motif : " + application.rejectionReason();
            case "CLOSED_AS_INCOMPLETE" -> application.closureReason();
            default -> null;
        };
    }

    private static NextStep next(Application application, List<InformationRequest> requests, LocalDate today) {
        LocalDate implicit = application.implicitDecisionOn();
        String clock = implicit == null ? null : implicit.isBefore(today)
                ? "Sans décision depuis le " + PortalExtensions.french(implicit) + ", votre demande est réputée rejetée ; "
                        + "la Région peut encore décider expressément."
                : "Sans décision d'ici le " + PortalExtensions.french(implicit) + ", votre demande sera réputée rejetée "
                        + "(deux mois après le dépôt du dossier complet).";
        return switch (application.status()) {
            case DRAFT -> new NextStep("Complétez puis déposez votre dossier.", null, null);
            case SUBMITTED, UNDER_REVIEW -> new NextStep("La Région instruit votre dossier, puis la Commission "
                    + "permanente décide.", implicit, clock);
            case INFO_REQUESTED -> requests.stream().filter(InformationRequest::isOpen).findFirst()
                    .map(r -> new NextStep("À vous : répondez à la demande de compléments de la Région.", r.deadline,
                            (r.overdueOn(today) ? "L'échéance du " + PortalExtensions.french(r.deadline)
                                    + " est passée : répondez au plus vite" : "Répondez avant le "
                                    + PortalExtensions.french(r.deadline))
                                    + ", sans quoi le dossier peut être classé sans suite. Le délai de décision de "
                                    + "deux mois repart de votre réponse."))
                    .orElse(new NextStep("La Région examine votre réponse.", implicit, clock));
            case ASSESSED, IN_COMMITTEE -> new NextStep("La Commission permanente de la Région décide de la "
                    + "subvention.", implicit, clock);
            case APPROVED -> application.decisionEnforceableOn() == null
                    ? new NextStep("La délibération est publiée et transmise au contrôle de légalité ; la convention vous "
                            + "est proposée dès qu'elle est exécutoire.", null, null)
                    : new NextStep("À vous : lisez et acceptez la convention, ci-dessous.", null, null);
            case AGREEMENT_ACCEPTED -> new NextStep("La Région signe la convention à son tour ; vous pourrez ensuite "
                    + "demander l'avance.", null, null);
            case AGREEMENT_SIGNED -> new NextStep("À vous : demandez vos versements (avance, acomptes, solde) avec vos "
                    + "justificatifs de dépenses.", null, "Sans demande de versement dans le délai de validité de la "
                    + "subvention, elle devient caduque.");
            case REJECTED -> new NextStep("Vous pouvez contester la décision : recours gracieux auprès du Président du "
                    + "Conseil régional ou recours devant le tribunal administratif de Lille.", application.decidedAt() == null
                    ? null : application.decidedAt().plusMonths(2), "Dans les deux mois qui suivent la décision.");
            case CLOSED_AS_INCOMPLETE -> new NextStep("Vous pouvez déposer une nouvelle demande complète.", null, null);
            case CLOSED, WITHDRAWN, LAPSED -> null;
        };
    }
}
