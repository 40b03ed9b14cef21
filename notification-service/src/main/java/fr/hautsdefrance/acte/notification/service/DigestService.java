package fr.hautsdefrance.acte.notification.service;

import fr.hautsdefrance.acte.notification.domain.Audience;
import fr.hautsdefrance.acte.notification.domain.Delivery;
import fr.hautsdefrance.acte.notification.domain.MessageKind;
import io.quarkus.qute.TemplateData;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The daily digest of officers who chose it: the e-mails held for them since the last one, in one
 * message. Safe with several replicas: the held e-mails are locked by the run that takes them.
 */
@ApplicationScoped
public class DigestService {

    private static final Logger LOG = Logger.getLogger(DigestService.class);
    private static final String DIGEST_EVENT_TYPE = "notification.digest";

    private final NotificationService notifications;
    private final EntityManager entityManager;
    private final Clock clock;

    @Inject
    public DigestService(NotificationService notifications, EntityManager entityManager, Clock clock) {
        this.notifications = notifications;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** One line of a digest. */
    @TemplateData
    public record Item(String subject, String notice, String fileUrl) {
    }

    @Scheduled(cron = "${acte.notification.digest.cron:0 30 7 * * ?}", timeZone = "Europe/Paris",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        LOG.infof("Digests: %d queued", sendDigests());
    }

    /** Queues one digest per officer with held e-mails; returns how many. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int sendDigests() {
        List<UUID> held = entityManager.createNativeQuery("select id from delivery where status = 'HELD' "
                + "order by recipient_subject, created_at for update skip locked", UUID.class).getResultList();
        Map<String, List<Delivery>> byRecipient = held.stream().map(id -> entityManager.find(Delivery.class, id))
                .collect(java.util.stream.Collectors.groupingBy(d -> d.recipientSubject,
                        java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        byRecipient.forEach((subject, deliveries) -> {
            deliveries.sort(Comparator.comparing(d -> d.createdAt));
            UUID digestId = UUID.randomUUID();
            List<Item> items = deliveries.stream().map(d -> new Item(d.subjectLine, firstParagraph(d.textBody),
                    d.applicationId == null ? null : "/dossiers/" + d.applicationId)).toList();
            Delivery first = deliveries.get(0);
            notifications.announce("digest:" + digestId, DIGEST_EVENT_TYPE, Announcement.of(null,
                    new Announcement.Message(MessageKind.OFFICER_DIGEST, Audience.OFFICER,
                            List.of(new Person(subject, first.address(), first.recipientName)), false, true,
                            Map.of("items", items, "count", items.size(), "day", French.date(now)))));
            deliveries.forEach(d -> d.digestedInto(digestId));
        });
        return byRecipient.size();
    }

    /** The e-mail's first paragraph after the greeting: enough for a line of the digest. */
    private static String firstParagraph(String text) {
        String[] paragraphs = text.split("\n\n");
        String line = paragraphs.length > 1 ? paragraphs[1] : paragraphs[0];
        return line.length() > 300 ? line.substring(0, 299) + "…" : line;
    }
}
