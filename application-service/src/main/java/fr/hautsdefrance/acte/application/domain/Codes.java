package fr.hautsdefrance.acte.application.domain;

import java.util.function.Function;

/**
 * Codes that arrive as text (another service's statuses, the audit trail's actions): named when the code
 * is one of {@code type}'s constants, shown as it comes otherwise, so that a code added elsewhere never
 * breaks a page.
 */
public final class Codes {

    private Codes() {
    }

    public static <E extends Enum<E>> String named(Class<E> type, String code, Function<E, String> names) {
        if (code == null) {
            return "";
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(code)) {
                return names.apply(constant);
            }
        }
        return code;
    }
}
