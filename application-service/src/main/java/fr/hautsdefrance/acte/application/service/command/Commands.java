package fr.hautsdefrance.acte.application.service.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the commands share in how they hold what they were given. */
final class Commands {

    private Commands() {
    }

    /**
     * A list as sent, none when absent: copied as it is, so that a null entry is the validation's to
     * name with its index rather than a NullPointerException's.
     */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
