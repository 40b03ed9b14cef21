package fr.hautsdefrance.acte.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event waiting in the service's own database to be relayed to Kafka. Written in the same
 * transaction as the state change it reports, so neither exists without the other.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    /** Relay order: the order in which the changes were committed, hence the order per aggregate. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(name = "event_id", nullable = false, updatable = false, unique = true)
    public UUID eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(name = "aggregate_type", nullable = false, updatable = false)
    public String aggregateType;

    @Column(name = "aggregate_id", nullable = false, updatable = false)
    public String aggregateId;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(nullable = false, updatable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    /** W3C {@code traceparent} of the transaction that wrote the event; null outside any trace. */
    @Column(updatable = false)
    public String traceparent;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
