package fr.hautsdefrance.acte.messaging;

import java.util.Optional;

/** An exception's chain of causes, as the frameworks wrap them (transactions, interceptors, connectors). */
public final class Causes {

    private Causes() {
    }

    /** The first exception of {@code type} in the chain, {@code failure} itself included. */
    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }

    /** The innermost cause: usually the one whose message says what really went wrong. */
    public static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }
}
