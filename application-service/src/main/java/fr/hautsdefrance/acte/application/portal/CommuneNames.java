package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.service.Simulator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Communes as people know them, « Lens (62498) », not INSEE codes alone; the code alone when the
 * reference cannot be reached. For the pages ({@code inject:communes}) and the draft's fields.
 */
@Named("communes")
@ApplicationScoped
public class CommuneNames {

    private final Simulator simulator;

    @Inject
    public CommuneNames(Simulator simulator) {
        this.simulator = simulator;
    }

    public String of(String code) {
        return simulator.communes(code).stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> c.name() + " (" + c.code() + ")").orElse(code);
    }

    public List<String> of(List<String> codes) {
        return codes.stream().map(this::of).toList();
    }
}
