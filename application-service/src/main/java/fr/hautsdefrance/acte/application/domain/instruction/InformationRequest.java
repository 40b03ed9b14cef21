package fr.hautsdefrance.acte.application.domain.instruction;

import fr.hautsdefrance.acte.application.domain.ApplicationRuleException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What the officer asks the applicant (demande de pièces / de compléments), with a deadline. */
@Entity
@Table(name = "information_request")
public class InformationRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    @Column(nullable = false, updatable = false)
    public String message;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "information_request_item", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    @Column(name = "item", nullable = false)
    public List<String> items = new ArrayList<>();

    @Column(nullable = false)
    public LocalDate deadline;

    /** When the officer was told the deadline passed unanswered (once per deadline). */
    @Column(name = "overdue_noticed_at")
    public OffsetDateTime overdueNoticedAt;

    @Column(name = "requested_by", nullable = false, updatable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    public OffsetDateTime requestedAt;

    public String answer;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    /** Deadlines are days in Hauts-de-France, whose midnight comes before UTC's. */
    private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    protected InformationRequest() {
    }

    public static InformationRequest of(UUID applicationId, String message, List<String> items, LocalDate deadline,
            String requestedBy, OffsetDateTime now) {
        if (!deadline.isAfter(now.atZoneSameInstant(PARIS).toLocalDate())) {
            throw new ApplicationRuleException("deadline", "L'échéance doit être postérieure à aujourd'hui.");
        }
        InformationRequest request = new InformationRequest();
        request.id = UUID.randomUUID();
        request.applicationId = applicationId;
        request.message = message;
        request.items.addAll(items);
        request.deadline = deadline;
        request.requestedBy = requestedBy;
        request.requestedAt = now;
        return request;
    }

    public boolean isOpen() {
        return answeredAt == null;
    }

    /** The deadline passed and no answer came: "réponse attendue depuis le {deadline}". */
    public boolean overdueOn(LocalDate today) {
        return isOpen() && today.isAfter(deadline);
    }

    /** The officer gives the applicant more time: a new deadline, after today and after the current one. */
    public void extendTo(LocalDate newDeadline, LocalDate today) {
        if (!isOpen()) {
            throw new ApplicationRuleException("deadline", "Cette demande a déjà reçu une réponse.");
        }
        if (!newDeadline.isAfter(today) || !newDeadline.isAfter(deadline)) {
            throw new ApplicationRuleException("deadline", "La nouvelle échéance doit suivre aujourd'hui et "
                    + "l'échéance actuelle (" + deadline + ").");
        }
        deadline = newDeadline;
        overdueNoticedAt = null;
    }

    public void answer(String text, String subject, OffsetDateTime now) {
        if (!isOpen()) {
            throw new ApplicationRuleException("answer", "Cette demande a déjà reçu une réponse.");
        }
        answer = text;
        answeredBy = subject;
        answeredAt = now;
    }
}
