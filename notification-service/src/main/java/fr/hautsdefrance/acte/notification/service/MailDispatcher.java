package fr.hautsdefrance.acte.notification.service;

import fr.hautsdefrance.acte.messaging.Causes;
import fr.hautsdefrance.acte.messaging.CoalescingWorker;
import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.messaging.TraceContext;
import fr.hautsdefrance.acte.notification.config.NotificationConfig;
import fr.hautsdefrance.acte.notification.domain.Delivery;
import fr.hautsdefrance.acte.notification.domain.DeliveryStatus;
import fr.hautsdefrance.acte.notification.domain.RetryPolicy;
import fr.hautsdefrance.acte.notification.messaging.NotificationEvents;
import fr.hautsdefrance.acte.notification.messaging.NotificationPayloads;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.mail.SMTPException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends the queued e-mails. Each replica claims a batch for a while ({@code for update skip locked},
 * then a lease), so two replicas never send the same e-mail; a transient failure is retried with
 * exponential backoff, a permanent one is recorded for the admins. Every outcome is reported through
 * the outbox ({@code notification.sent} / {@code notification.failed}) in the transaction that records it.
 *
 * <p>A batch is loaded by the transaction that claims it, sent a few e-mails at a time over the mailer's
 * pooled, kept-alive SMTP connections ({@code acte.notification.mail.concurrency}), and its outcomes are
 * recorded together in one transaction: three transactions a batch instead of three an e-mail, and no
 * e-mail waiting for the previous one's SMTP exchange. One refused or failing e-mail changes nothing for
 * the others of its batch.
 *
 * <p>Sending and recording cannot be one transaction: should the process die between the SMTP
 * server's acceptance and the commit of its batch's outcomes, every e-mail of the batch still unrecorded
 * is sent again when the lease ends, with the same Message-ID, which lets mail systems recognise the duplicate.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);

    private final ReactiveMailer mailer;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final NotificationConfig config;
    private final Clock clock;
    private final RetryPolicy retryPolicy;
    private final TraceContext traces;
    /** Drains only once the application has started: the database is migrated, the channels connected by then. */
    private final CoalescingWorker worker = new CoalescingWorker("mail-dispatcher", () -> dispatchDue());

    @Inject
    public MailDispatcher(ReactiveMailer mailer, EntityManager entityManager, Outbox outbox, NotificationConfig config,
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
            List<Delivery> batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(this::claimBatch);
                if (batch.isEmpty()) {
                    break;
                }
                List<Outcome> outcomes = sendAll(batch);
                record(outcomes);
                sent += (int) outcomes.stream().filter(Outcome::accepted).count();
            } while (batch.size() == config.mail().batchSize());
        } catch (RuntimeException e) {
            // The e-mails stay pending; the next poll tries again.
            LOG.warnf("Mail dispatch paused, will retry: %s", e.getMessage());
        }
        return sent;
    }

    /** What the SMTP server said to one e-mail: accepted when {@code failure} is null. */
    private record Outcome(Delivery delivery, Throwable failure) {
        boolean accepted() {
            return failure == null;
        }
    }

    /** Claims the due e-mails and loads them whole: the sends need nothing more from the database. */
    @SuppressWarnings("unchecked")
    private List<Delivery> claimBatch() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Delivery> batch = entityManager.createNativeQuery("select * from delivery where status = 'PENDING' "
                        + "and next_attempt_at <= ?1 and (claimed_until is null or claimed_until < ?1) "
                        + "order by next_attempt_at limit ?2 for update skip locked", Delivery.class)
                .setParameter(1, now).setParameter(2, config.mail().batchSize()).getResultList();
        for (Delivery delivery : batch) {
            delivery.claim(now, config.mail().claimDuration());
        }
        return batch;
    }

    /** Sends the batch, at most {@code concurrency} e-mails at a time; every e-mail gets its outcome. */
    private List<Outcome> sendAll(List<Delivery> batch) {
        return Multi.createFrom().iterable(batch)
                .onItem().transformToUni(this::send).merge(config.mail().concurrency())
                .collect().asList()
                .await().indefinitely();
    }

    private Uni<Outcome> send(Delivery delivery) {
        return mailer.send(Mail.withHtml(delivery.address(), delivery.subjectLine, delivery.htmlBody)
                        .setText(delivery.textBody)
                        .addHeader("Message-ID", "<" + delivery.id + "@" + config.mail().messageIdDomain() + ">")
                        .addHeader("X-ACTE-Event-Id", delivery.eventId))
                .ifNoItem().after(config.mail().sendTimeout()).fail()
                .map(accepted -> new Outcome(delivery, null))
                .onFailure().recoverWithItem(failure -> new Outcome(delivery, failure));
    }

    /**
     * Records the batch's outcomes in one transaction. Should that fail, each is recorded in a transaction
     * of its own, so one troublesome row does not leave the others to be sent again.
     */
    private void record(List<Outcome> outcomes) {
        try {
            QuarkusTransaction.requiringNew().run(() -> recordTogether(outcomes));
        } catch (RuntimeException e) {
            LOG.warnf("Recording %d e-mail outcome(s) together failed, recording them one by one: %s",
                    outcomes.size(), e.getMessage());
            for (Outcome outcome : outcomes) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> recordTogether(List.of(outcome)));
                } catch (RuntimeException single) {
                    // Still claimed: sent again (same Message-ID) or retried once the lease ends.
                    LOG.errorf("E-mail %s: outcome not recorded, left to the end of its lease: %s",
                            outcome.delivery().id, single.getMessage());
                }
            }
        }
    }

    private void recordTogether(List<Outcome> outcomes) {
        // Locked in one order, so a concurrent writer waits instead of failing the batch's version checks.
        Map<UUID, Delivery> current = entityManager.createQuery("from Delivery where id in :ids order by id",
                        Delivery.class)
                .setParameter("ids", outcomes.stream().map(outcome -> outcome.delivery().id).toList())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().collect(Collectors.toMap(delivery -> delivery.id, Function.identity()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Outcome outcome : outcomes) {
            Delivery delivery = current.get(outcome.delivery().id);
            if (delivery == null) {
                continue;
            }
            // The e-mail belongs to the trace of the event that asked for it, however late it leaves.
            traces.resume(delivery.traceparent, "mail send " + delivery.kind, () -> {
                if (outcome.accepted()) {
                    recordSent(delivery, now);
                } else {
                    recordFailure(delivery, outcome.failure(), now);
                }
                return null;
            });
        }
    }

    private void recordSent(Delivery delivery, OffsetDateTime now) {
        if (delivery.status() == DeliveryStatus.PENDING && delivery.markSent(now)) {
            outbox.publish(NotificationEvents.SENT, NotificationPayloads.keyOf(delivery),
                    NotificationPayloads.Sent.of(delivery));
        }
    }

    private void recordFailure(Delivery delivery, Throwable failure, OffsetDateTime now) {
        if (delivery.status() != DeliveryStatus.PENDING) {
            // Its lease ran out and another replica recorded it meanwhile: that outcome stands.
            return;
        }
        SMTPException refusal = Causes.find(failure, SMTPException.class).orElse(null);
        boolean permanent = refusal != null && refusal.isPermanent();
        String reason = refusal != null ? "Refus du serveur SMTP (" + refusal.getReplyCode() + ") : "
                + refusal.getReplyMessage() : "Serveur SMTP injoignable ou erreur d'envoi : " + describe(failure);
        if (delivery.attemptFailed(reason, permanent, retryPolicy, now)) {
            LOG.errorf("E-mail %s to %s given up after %d attempt(s): %s", delivery.id, delivery.recipientSubject,
                    delivery.attempts(), reason);
            outbox.publish(NotificationEvents.FAILED, NotificationPayloads.keyOf(delivery),
                    NotificationPayloads.Failed.of(delivery));
        } else {
            LOG.warnf("E-mail %s: attempt %d failed, next at %s: %s", delivery.id, delivery.attempts(),
                    delivery.nextAttemptAt(), reason);
        }
    }

    private static String describe(Throwable e) {
        Throwable root = Causes.root(e);
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }
}
