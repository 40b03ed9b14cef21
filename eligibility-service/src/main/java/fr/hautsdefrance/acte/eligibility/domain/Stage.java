package fr.hautsdefrance.acte.eligibility.domain;

public enum Stage {
    EMERGENCE, STRUCTURATION, DEVELOPMENT, SWARMING
}
