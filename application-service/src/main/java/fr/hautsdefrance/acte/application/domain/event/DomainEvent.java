package fr.hautsdefrance.acte.application.domain.event;

import java.util.UUID;

/**
 * What a change of an aggregate causes, for the Region's other systems to learn: its type as declared in
 * docs/asyncapi.yaml, the aggregate it is about, its payload.
 *
 * <p>How a change and its events leave together (the pattern every transition follows as it is moved to it):
 * <ol>
 * <li>the service loads the aggregate locked for the transaction ({@code PESSIMISTIC_WRITE}): two changes of
 * one file never interleave, and its events leave in the order of its changes;</li>
 * <li>it calls the aggregate's intention-revealing method, which checks the aggregate's rules, changes its
 * state and <em>returns</em> the events the change causes; the domain never publishes (it knows no broker),
 * and an event cannot be forgotten by a caller that made the change;</li>
 * <li>the service hands those events to the outbox in the same transaction ({@code ApplicationEvents.publish}):
 * the change and its events are committed together, or neither is.</li>
 * </ol>
 *
 * <p>{@code Application} and {@code Organisation} both follow it: an organisation's registration, a member
 * joining or removed, and its verification (decided by {@code SirenDispute}, for the only claim or the winner of
 * a dispute) return their {@code organisation.*} events ({@link OrganisationPayloads}); every change of the
 * members also returns the complete list ({@code organisation.contacts-changed}, next revision). The service
 * locks the organisation (the lock its audit trail takes) before the change.
 *
 * <p>Events no change of an aggregate causes are published by the service that observes them, as before: the
 * retention job's notice that a draft will be deleted, the file closed after its payments as payment-service
 * reports them ({@code PaymentFollowUpService}), a message posted, an information request's deadline extended
 * or passed (the request's own state, not the file's).
 */
public record DomainEvent(String type, UUID aggregateId, Object payload) {
}
