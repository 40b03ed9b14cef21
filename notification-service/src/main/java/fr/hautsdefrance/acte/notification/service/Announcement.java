package fr.hautsdefrance.acte.notification.service;

import fr.hautsdefrance.acte.notification.domain.Audience;
import fr.hautsdefrance.acte.notification.domain.MessageKind;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one event means for the people concerned: one or more messages, each for an audience,
 * with the values its template shows (already formatted in French).
 */
public record Announcement(UUID applicationId, List<Message> messages) {

    public Announcement {
        messages = List.copyOf(messages);
    }

    public static Announcement of(UUID applicationId, Message... messages) {
        return new Announcement(applicationId, List.of(messages));
    }

    /**
     * @param people  who to tell; empty for a team, whose mailbox comes from the configuration
     * @param inApp   also leave an in-app notice (people only: a team has no account)
     * @param emailed also send an e-mail
     */
    public record Message(MessageKind kind, Audience audience, List<Person> people, boolean inApp, boolean emailed,
            Map<String, Object> values) {

        public Message {
            people = List.copyOf(people);
            values = Map.copyOf(values);
        }

        /** An e-mail and an in-app notice to each person. */
        public static Message toPeople(MessageKind kind, Audience audience, List<Person> people,
                Map<String, Object> values) {
            return new Message(kind, audience, people, true, true, values);
        }

        /** Only an in-app notice: worth knowing, not worth an e-mail. */
        public static Message noticeOnly(MessageKind kind, Audience audience, List<Person> people,
                Map<String, Object> values) {
            return new Message(kind, audience, people, true, false, values);
        }

        /** An e-mail to a team's functional mailbox. */
        public static Message toTeam(MessageKind kind, Audience team, Map<String, Object> values) {
            if (!team.isTeam()) {
                throw new IllegalArgumentException(team + " is not a team");
            }
            return new Message(kind, team, List.of(), false, true, values);
        }
    }
}
