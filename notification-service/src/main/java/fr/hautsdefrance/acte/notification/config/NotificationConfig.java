package fr.hautsdefrance.acte.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "acte.notification")
public interface NotificationConfig {

    /** Where the portal answers; every link in an e-mail starts there. */
    String portalUrl();

    Mail mail();

    Teams teams();

    Reminders reminders();

    Digest digest();

    Retention retention();

    interface Mail {
        /** Safety net: due e-mails are also picked up on this period, whatever woke the dispatcher. */
        @WithDefault("5s")
        Duration pollInterval();

        @WithDefault("20")
        int batchSize();

        /**
         * E-mails of a batch on their way to the SMTP server at once, each over a connection of the mailer's
         * pool ({@code quarkus.mailer.max-pool-size}, 10 by default: keep this at most that, or sends wait
         * for a connection). A relay usually accepts a few connections per client; 8 stays under their limits.
         */
        @WithDefault("8")
        int concurrency();

        /** An e-mail the SMTP server has not accepted within this time is a transient failure, retried. */
        @WithDefault("60s")
        Duration sendTimeout();

        /** Attempts before a transient failure (server down, 4xx) is given up as permanent. */
        @WithDefault("10")
        int maxAttempts();

        /** Delay before the second attempt; each later one doubles it, up to {@link #maxRetryDelay()}. */
        @WithDefault("30s")
        Duration firstRetryDelay();

        @WithDefault("1h")
        Duration maxRetryDelay();

        /** How long a replica owns the e-mails it claimed; past that another may take them over. */
        @WithDefault("2m")
        Duration claimDuration();

        /** Right-hand side of the Message-ID of every e-mail (the id itself is the delivery's). */
        @WithDefault("acte.hautsdefrance.fr")
        String messageIdDomain();
    }

    /** Functional mailboxes of the regional teams; a team without one is not e-mailed. */
    interface Teams {
        /** Responsables: files ready for the Commission permanente. */
        Optional<String> managers();

        /** Gestionnaires financiers: payment requests to process. */
        Optional<String> finance();
    }

    interface Reminders {
        /** Reminders of an information request's deadline, in days before it. */
        @WithDefault("7,1")
        List<Integer> informationRequestDaysBefore();

        /** When the due reminders go out (daily, before office hours, Paris time). */
        @WithDefault("0 0 7 * * ?")
        String cron();
    }

    interface Digest {
        /** When officers who chose the daily digest get it. */
        @WithDefault("0 30 7 * * ?")
        String cron();
    }

    interface Retention {
        /**
         * When notices and the e-mail log past their period are removed (docs/retention.md): nightly,
         * {@code off} to disable it (the tests run it themselves).
         */
        @WithDefault("0 15 3 * * ?")
        String cron();
    }
}
