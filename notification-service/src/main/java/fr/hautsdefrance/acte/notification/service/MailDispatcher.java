package fr.hautsdefrance.acte.notification.service;

import fr.hautsdefrance.acte.messaging.Causes;
import fr.hautsdefrance.acte.messaging.CoalescingWorker;
import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.messaging.TraceContext;
import fr.hautsdefrance.acte.notification.config.NotificationConfig;
import fr.hautsdefrance.acte.notification.domain.Delivery;
import fr.hautsdefrance.acte.notification.domain.RetryPolicy;
import fr.hautsdefrance.acte.notification.messaging.NotificationEvents;
import fr.hautsdefrance.acte.notification.messaging.NotificationPayloads;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.ext.mail.SMTPException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Sends the queued e-mails. Each replica claims a batch for a while ({@code for update skip locked},
 * then a lease), so two replicas never send the same e-mail; a transient failure is retried with
 * exponential backoff, a permanent one is recorded for the admins. Every outcome is reported through
 * the outbox ({@code notification.sent} / {@code notification.failed}) in the transaction that records it.
 *
 * <p>Sending and recording cannot be one transaction: should the process die between the SMTP
 * server's acceptance and the commit, the e-mail is sent again when the lease ends, with the same
 * Message-ID, which lets mail systems recognise the duplicate.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);

    private final Mailer mailer;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final NotificationConfig config;
    private final Clock clock;
    private final RetryPolicy retryPolicy;
    private final TraceContext traces;
    /** Drains only once the application has started: the database is migrated, the channels connected by then. */
    private final CoalescingWorker worker = new CoalescingWorker("mail-dispatcher", () -> dispatchDue());

    @Inject
    public MailDispatcher(Mailer mailer, EntityManager entityManager, Outbox outbox, NotificationConfig config,
            Clock clock, TraceContext traces) {
        this.traces = traces;
        this.mailer = mailer;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
        this.retryPolicy = new RetryPolicy(config.mail().maxAttempts(), config.mail().firstRetryDelay(),
                config.mail().maxRetryDelay());
    }

    /** Fired in the transaction that queued an e-mail; observed after its commit to send at once. */
    public record MailQueued() {
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        worker.wakeUp();
    }

    @Scheduled(every = "${acte.notification.mail.poll-interval:5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        worker.wakeUp();
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) StartupEvent startup) {
        worker.start();
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        worker.shutdown();
    }


    /** Sends what is due, batch after batch; returns how many e-mails the SMTP server accepted. */
    public int dispatchDue() {
        int sent = 0;
        try {
            List<UUID> batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(this::claimBatch);
                for (UUID id : batch) {
                    sent += send(id) ? 1 : 0;
                }
            } while (batch.size() == config.mail().batchSize());
        } catch (RuntimeException e) {
            // The e-mails stay pending; the next poll tries again.
            LOG.warnf("Mail dispatch paused, will retry: %s", e.getMessage());
        }
        return sent;
    }

    @SuppressWarnings("unchecked")
    private List<UUID> claimBatch() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<UUID> ids = entityManager.createNativeQuery("select id from delivery where status = 'PENDING' "
                        + "and next_attempt_at <= ?1 and (claimed_until is null or claimed_until < ?1) "
                        + "order by next_attempt_at limit ?2 for update skip locked", UUID.class)
                .setParameter(1, now).setParameter(2, config.mail().batchSize()).getResultList();
        for (UUID id : ids) {
            entityManager.find(Delivery.class, id).claim(now, config.mail().claimDuration());
        }
        return ids;
    }

    private boolean send(UUID id) {
        Delivery delivery = QuarkusTransaction.requiringNew().call(() -> entityManager.find(Delivery.class, id));
        // The e-mail belongs to the trace of the event that asked for it, however late it leaves.
        return traces.resume(delivery.traceparent, "mail send " + delivery.kind, () -> send(delivery));
    }

    private boolean send(Delivery delivery) {
        UUID id = delivery.id;
        try {
            mailer.send(Mail.withHtml(delivery.address(), delivery.subjectLine, delivery.htmlBody)
                    .setText(delivery.textBody)
                    .addHeader("Message-ID", "<" + delivery.id + "@" + config.mail().messageIdDomain() + ">")
                    .addHeader("X-ACTE-Event-Id", delivery.eventId));
        } catch (RuntimeException e) {
            recordFailure(id, e);
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Delivery current = entityManager.find(Delivery.class, id);
            if (current.markSent(OffsetDateTime.now(clock))) {
                outbox.publish(NotificationEvents.SENT, NotificationPayloads.keyOf(current),
                        NotificationPayloads.Sent.of(current));
            }
        });
        return true;
    }

    private void recordFailure(UUID id, RuntimeException e) {
        SMTPException refusal = Causes.find(e, SMTPException.class).orElse(null);
        boolean permanent = refusal != null && refusal.isPermanent();
        String reason = refusal != null ? "Refus du serveur SMTP (" + refusal.getReplyCode() + ") : "
                + refusal.getReplyMessage() : "Serveur SMTP injoignable ou erreur d'envoi : " + describe(e);
        QuarkusTransaction.requiringNew().run(() -> {
            Delivery current = entityManager.find(Delivery.class, id);
            if (current.attemptFailed(reason, permanent, retryPolicy, OffsetDateTime.now(clock))) {
                LOG.errorf("E-mail %s to %s given up after %d attempt(s): %s", id, current.recipientSubject,
                        current.attempts(), reason);
                outbox.publish(NotificationEvents.FAILED, NotificationPayloads.keyOf(current),
                        NotificationPayloads.Failed.of(current));
            } else {
                LOG.warnf("E-mail %s: attempt %d failed, next at %s: %s", id, current.attempts(),
                        current.nextAttemptAt(), reason);
            }
        });
    }

    private static String describe(Throwable e) {
        Throwable root = Causes.root(e);
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }
}
