package fr.hautsdefrance.acte.stack;

import java.io.IOException;

/**
 * Runs GreenMail standalone and exits when standard input closes, so the SMTP server never
 * outlives the test JVM or the local stack that started it, even after a {@code kill -9}.
 * GreenMail is only on the child's classpath, hence the reflective call.
 */
public final class SmtpServerMain {

    private SmtpServerMain() {
    }

    public static void main(String[] args) throws Exception {
        Thread watchdog = new Thread(SmtpServerMain::exitWhenParentGoes, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Class.forName("com.icegreen.greenmail.standalone.GreenMailStandaloneRunner")
                .getMethod("main", String[].class).invoke(null, (Object) args);
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
