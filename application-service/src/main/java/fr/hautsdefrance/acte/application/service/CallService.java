package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.client.EligibilityClient;
import fr.hautsdefrance.acte.application.domain.call.Call;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The permanent ACTE call and the thematic calls an administrator opens beside it. */
@ApplicationScoped
public class CallService {

    private final EligibilityClient eligibility;
    private final Clock clock;

    @Inject
    public CallService(EligibilityClient eligibility, Clock clock) {
        this.eligibility = eligibility;
        this.clock = clock;
    }

    @Transactional
    public Call open(String name, OffsetDateTime opensAt, OffsetDateTime closesAt, BigDecimal envelope,
            String ruleSetVersion) {
        if (!closesAt.isAfter(opensAt)) {
            throw ProblemException.invalidField("closesAt", "La clôture doit suivre l'ouverture.");
        }
        List<String> known = knownRuleSets();
        if (!known.contains(ruleSetVersion)) {
            throw ProblemException.invalidField("ruleSetVersion", "Le règlement « " + ruleSetVersion + " » n'est pas "
                    + "publié par le service d'éligibilité : choisissez l'une des versions " + String.join(", ", known)
                    + ".");
        }
        Call call = Call.thematic(name, opensAt, closesAt, envelope, ruleSetVersion, OffsetDateTime.now(clock));
        call.persist();
        return call;
    }

    /** Closes a call now: drafts written for it can no longer be submitted under it. */
    @Transactional
    public Call close(UUID id) {
        Call call = find(id);
        if (call.kind == Call.Kind.PERMANENT) {
            throw ProblemException.conflict("permanent-call", "L'appel permanent ACTE ne se clôt pas.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (call.closesAt == null || call.closesAt.isAfter(now)) {
            call.closesAt = now;
        }
        return call;
    }

    /** The rule sets a call may apply: those eligibility-service knows, asked now so a call never names another. */
    private List<String> knownRuleSets() {
        try {
            return eligibility.ruleSetVersions();
        } catch (RuntimeException e) {
            throw new ProblemException(503, "eligibility-unavailable", "Service momentanément indisponible",
                    "La liste des règlements ne peut pas être vérifiée pour l'instant : réessayez dans quelques minutes.",
                    List.of());
        }
    }

    public List<Call> all() {
        return Call.listAll(Sort.descending("createdAt"));
    }

    public List<Call> openNow() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return all().stream().filter(c -> c.isOpenAt(now)).toList();
    }

    public Call find(UUID id) {
        Call call = Call.findById(id);
        if (call == null) {
            throw ProblemException.notFound("Aucun appel à projets " + id + ".");
        }
        return call;
    }
}
