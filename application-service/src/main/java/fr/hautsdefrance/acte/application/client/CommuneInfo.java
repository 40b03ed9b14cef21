package fr.hautsdefrance.acte.application.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record CommuneInfo(String code, String name, String epciSiren, String epciName) {
}
