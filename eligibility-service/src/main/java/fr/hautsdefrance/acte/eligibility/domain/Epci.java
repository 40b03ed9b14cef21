package fr.hautsdefrance.acte.eligibility.domain;

import java.util.List;

/** An EPCI à fiscalité propre with its INSEE population totale. */
public record Epci(String siren, String name, String type, String taxRegime, long population, List<String> communes) {

    public Epci {
        communes = List.copyOf(communes);
    }
}
