package fr.hautsdefrance.acte.messaging;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: the attributes travel as
 * {@code ce_}-prefixed record headers and the record value is the event data itself (JSON).
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    /**
     * The Distributed Tracing extension's attribute: the W3C trace context of the change the event
     * reports. Sent as {@code ce_traceparent}, and as the plain W3C {@code traceparent} header that
     * Kafka instrumentations read.
     */
    public static final String TRACE_PARENT = "ce_traceparent";
    public static final String W3C_TRACE_PARENT = "traceparent";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
