package fr.hautsdefrance.acte.application.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.application.client.CommuneInfo;
import fr.hautsdefrance.acte.application.client.EligibilityClient;
import fr.hautsdefrance.acte.application.client.EligibilityQuestion;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The portal's questions to the rules and to the reference data, with their failures made readable. */
@ApplicationScoped
public class Simulator {

    private final EligibilityClient eligibility;
    private final ObjectMapper mapper;

    @Inject
    public Simulator(EligibilityClient eligibility, ObjectMapper mapper) {
        this.eligibility = eligibility;
        this.mapper = mapper;
    }

    /** The verdict, or a 400 problem naming the fields eligibility-service refused. */
    public EligibilityPreview simulate(EligibilityQuestion question) {
        try {
            return EligibilityPreview.of(eligibility.simulate(question));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                throw new ProblemException(400, "validation", "Données invalides",
                        "Certaines réponses sont à corriger.", fieldErrors(e));
            }
            throw unavailable();
        } catch (RuntimeException e) {
            throw unavailable();
        }
    }

    /** Communes for the autocomplete; empty when the reference cannot be reached. */
    public List<CommuneInfo> communes(String query) {
        if (query == null || query.trim().length() < 2) {
            return List.of();
        }
        try {
            return eligibility.searchCommunes(query.trim(), 10);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** A commune typed by its INSEE code, its name, or "Name (code)" as the autocomplete writes it. */
    public Optional<CommuneInfo> resolveCommune(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.trim();
        int open = text.lastIndexOf('(');
        String code = open >= 0 && text.endsWith(")") ? text.substring(open + 1, text.length() - 1).trim() : text;
        String name = open >= 0 ? text.substring(0, open).trim() : text;
        List<CommuneInfo> candidates = new ArrayList<>(communes(code));
        candidates.addAll(communes(name));
        return candidates.stream().filter(c -> c.code().equals(code)
                || c.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    private List<Problem.FieldError> fieldErrors(WebApplicationException e) {
        try {
            JsonNode problem = mapper.readTree(e.getResponse().readEntity(String.class));
            List<Problem.FieldError> errors = new ArrayList<>();
            problem.path("errors").forEach(error -> errors.add(new Problem.FieldError(error.path("field").asText(),
                    error.path("message").asText())));
            return errors;
        } catch (Exception unreadable) {
            return List.of();
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(503, "eligibility-unavailable", "Service momentanément indisponible",
                "Le simulateur est momentanément indisponible. Réessayez dans quelques minutes.", List.of());
    }
}
