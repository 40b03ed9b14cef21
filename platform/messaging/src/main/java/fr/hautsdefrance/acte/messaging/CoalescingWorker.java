package fr.hautsdefrance.acte.messaging;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One background thread draining a queue kept in the database (outbox rows, e-mails to send):
 * every wake-up asks for a drain, wake-ups that arrive while one is pending make no second one,
 * and nothing runs before {@link #start()}, once the application is up and its schema migrated.
 */
public final class CoalescingWorker {

    private final ExecutorService thread;
    private final Runnable drain;
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private volatile boolean started;

    public CoalescingWorker(String threadName, Runnable drain) {
        this.thread = Executors.newSingleThreadExecutor(r -> new Thread(r, threadName));
        this.drain = drain;
    }

    public void start() {
        started = true;
        wakeUp();
    }

    /** Something was queued (or a poll came round): drain soon, once. */
    public void wakeUp() {
        if (started && wakeUpPending.compareAndSet(false, true) && !thread.isShutdown()) {
            thread.execute(() -> {
                wakeUpPending.set(false);
                drain.run();
            });
        }
    }

    public void shutdown() {
        thread.shutdown();
    }
}
