package fr.hautsdefrance.acte.payment.domain;

/** OPEN from the vote; CLOSED once the final amount or the lapse released what will never be paid. */
public enum CommitmentStatus {
    OPEN, CLOSED
}
