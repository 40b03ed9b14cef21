package fr.hautsdefrance.acte.application.domain;

/** The officer's opinion on a file, put to the committee with the assessment (avis). */
public enum Opinion {
    /** Avis favorable: with a proposed amount within the rules' maximum. */
    FAVOURABLE,
    /** Avis défavorable: with its reason, and no amount. */
    UNFAVOURABLE
}
