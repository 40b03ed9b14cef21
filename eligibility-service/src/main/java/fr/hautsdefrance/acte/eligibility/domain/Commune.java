package fr.hautsdefrance.acte.eligibility.domain;

import java.util.List;

/** A commune of the region (INSEE code, postcodes, population municipale, its EPCI). */
public record Commune(String code, String name, String departement, List<String> postcodes, long population,
        String epci) {

    public Commune {
        postcodes = List.copyOf(postcodes);
    }
}
