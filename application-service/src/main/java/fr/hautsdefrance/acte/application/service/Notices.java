package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.client.Notice;
import fr.hautsdefrance.acte.application.client.NotificationClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/** The signed-in person's in-app notices, kept by notification-service: nobody reads anyone else's. */
@ApplicationScoped
public class Notices {

    private final NotificationClient notifications;

    @Inject
    public Notices(NotificationClient notifications) {
        this.notifications = notifications;
    }

    public List<Notice> mine() {
        return notifications.mine();
    }

    /** Empty when notification-service cannot tell quickly: a page is never held up for a count. */
    public OptionalLong unreadCount() {
        return notifications.unreadCount();
    }

    public Notice markRead(UUID id) {
        return notifications.markRead(id);
    }
}
