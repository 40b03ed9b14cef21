package fr.hautsdefrance.acte.broker;

import java.io.IOException;

/**
 * Runs {@code kafka.Kafka} and exits when standard input closes.
 *
 * <p>The launching process keeps the pipe open for as long as it lives, so a broker never
 * outlives the test JVM or the local stack that started it, even after a {@code kill -9}.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        Thread watchdog = new Thread(KafkaBrokerMain::exitWhenParentGoes, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        kafka.Kafka.main(args);
    }

    private static void exitWhenParentGoes() {
        try {
            while (System.in.read() != -1) {
                // the parent writes nothing; only end of stream matters
            }
        } catch (IOException ignored) {
            // a broken pipe means the same as end of stream
        }
        System.exit(0);
    }
}
