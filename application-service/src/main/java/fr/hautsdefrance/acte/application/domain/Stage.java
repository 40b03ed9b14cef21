package fr.hautsdefrance.acte.application.domain;

public enum Stage {
    EMERGENCE, STRUCTURATION, DEVELOPMENT, SWARMING
}
