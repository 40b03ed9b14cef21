package fr.hautsdefrance.acte.application.domain.committee;

/** Where a session of the Commission permanente stands: its agenda, its votes, its minutes. */
public enum CommitteeSessionStatus {
    /** En préparation: the agenda is drawn up; nothing is voted yet. */
    PREPARING,
    /** Tenue: the session sits (from its date); the votes are recorded, dated the session's date. */
    HELD,
    /** Close: the minutes are drawn; nothing changes any more. */
    CLOSED
}
