package fr.hautsdefrance.acte.application.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
public record CommuneInfo(String code, String name, String departement, List<String> postcodes, String epciSiren,
        String epciName) {
}
