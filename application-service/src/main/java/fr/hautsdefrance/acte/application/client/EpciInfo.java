package fr.hautsdefrance.acte.application.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record EpciInfo(String siren, String name, String type, long population) {
}
