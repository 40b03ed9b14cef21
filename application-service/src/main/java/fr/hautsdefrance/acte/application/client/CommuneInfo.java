package fr.hautsdefrance.acte.application.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** {@code densityLabel}, {@code rural}: INSEE's grille communale de densité, as eligibility-service reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommuneInfo(String code, String name, String departement, List<String> postcodes, String epciSiren,
        String epciName, String densityLabel, Boolean rural) {
}
