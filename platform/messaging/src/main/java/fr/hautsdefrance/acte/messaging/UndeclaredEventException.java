package fr.hautsdefrance.acte.messaging;

/** The code tried to emit an event that the published contract does not describe. */
public class UndeclaredEventException extends IllegalStateException {

    public UndeclaredEventException(EventType type) {
        super("Event " + type.cloudEventType() + " is not declared in docs/asyncapi.yaml: describe it (channel, "
                + "message, payload schema) before emitting it");
    }
}
