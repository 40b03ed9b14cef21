package fr.hautsdefrance.acte.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A reminder due on a date, about something the applicant has to do (answer an information request
 * before its deadline). One per (awaited thing, days before): a reminder is scheduled once, sent
 * once, and cancelled when the awaited action happens first.
 */
@Entity
@Table(name = "reminder")
public class Reminder extends PanacheEntityBase {

    public enum Status {
        SCHEDULED, SENT, CANCELLED
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 64)
    public MessageKind kind;

    /** What is awaited, e.g. the information request's id. */
    @Column(name = "awaited_id", nullable = false, updatable = false)
    public UUID awaitedId;

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    @Column(name = "days_before", nullable = false, updatable = false)
    public int daysBefore;

    @Column(nullable = false, updatable = false)
    public LocalDate deadline;

    @Column(name = "due_on", nullable = false, updatable = false)
    public LocalDate dueOn;

    /** Who is reminded and what the reminder says (JSON), as known when it was scheduled. */
    @Column(nullable = false, updatable = false)
    public String context;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "cancel_reason", length = 300)
    private String cancelReason;

    @Version
    long version;

    protected Reminder() {
    }

    public static Reminder of(MessageKind kind, UUID awaitedId, UUID applicationId, LocalDate deadline, int daysBefore,
            String context, OffsetDateTime now) {
        Reminder reminder = new Reminder();
        reminder.id = UUID.randomUUID();
        reminder.kind = kind;
        reminder.awaitedId = awaitedId;
        reminder.applicationId = applicationId;
        reminder.deadline = deadline;
        reminder.daysBefore = daysBefore;
        reminder.dueOn = deadline.minusDays(daysBefore);
        reminder.context = context;
        reminder.status = Status.SCHEDULED;
        reminder.createdAt = now;
        return reminder;
    }

    public void markSent(OffsetDateTime now) {
        requireScheduled("send");
        status = Status.SENT;
        closedAt = now;
    }

    /** The awaited action happened (or the file ended): nothing will be sent. Cancelling twice is harmless. */
    public void cancel(String reason, OffsetDateTime now) {
        if (status == Status.CANCELLED) {
            return;
        }
        requireScheduled("cancel");
        status = Status.CANCELLED;
        cancelReason = reason;
        closedAt = now;
    }

    private void requireScheduled(String action) {
        if (status != Status.SCHEDULED) {
            throw new IllegalTransitionException("Rappel " + id + " : impossible de " + action + " depuis l'état "
                    + status + ".");
        }
    }

    public Status status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }
}
