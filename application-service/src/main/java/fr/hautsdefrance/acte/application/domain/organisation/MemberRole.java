package fr.hautsdefrance.acte.application.domain.organisation;

/** OWNER can invite and remove members; every member can prepare and follow the files. */
public enum MemberRole {
    OWNER,
    MEMBER
}
