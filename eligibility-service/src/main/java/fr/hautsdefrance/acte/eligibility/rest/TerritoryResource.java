package fr.hautsdefrance.acte.eligibility.rest;

import fr.hautsdefrance.acte.eligibility.domain.Commune;
import fr.hautsdefrance.acte.eligibility.domain.DensityGrid;
import fr.hautsdefrance.acte.eligibility.domain.Epci;
import fr.hautsdefrance.acte.eligibility.domain.Territory;
import fr.hautsdefrance.acte.eligibility.service.ReferenceData;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.validation.Siren;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The region's EPCI and communes (INSEE official geographic code), public: forms look them up. */
@Path("/api/v1/territories")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@NonBlocking
@Tag(name = "Territories")
public class TerritoryResource {

    private final ReferenceData reference;

    @Inject
    public TerritoryResource(ReferenceData reference) {
        this.reference = reference;
    }

    @GET
    @Path("/epci/{siren}")
    @Operation(summary = "An EPCI of Hauts-de-France by SIREN: type, tax regime, population totale, communes")
    public EpciView epci(@PathParam("siren") @Siren String siren) {
        Territory territory = reference.territory();
        Epci epci = territory.epci(siren).orElseThrow(() -> ProblemException.notFound("Le SIREN " + siren
                + " n'est pas celui d'un EPCI à fiscalité propre des Hauts-de-France."));
        return new EpciView(epci.siren(), epci.name(), epci.type(), epci.taxRegime(), epci.population(),
                epci.communes().stream().map(code -> territory.commune(code)
                        .map(c -> new EpciView.Member(c.code(), c.name(), true))
                        .orElseGet(() -> new EpciView.Member(code, null, false))).toList());
    }

    @GET
    @Path("/communes")
    @Operation(summary = "Communes of Hauts-de-France whose name or postcode starts with q (autocomplete)")
    public List<CommuneView> communes(
            @QueryParam("q") @NotBlank(message = "tapez le début du nom ou du code postal de la commune")
            @Size(min = 2, max = 80, message = "tapez au moins 2 caractères") String q,
            @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "au moins 1") @Max(value = 100,
                    message = "100 au plus") int limit) {
        Territory territory = reference.territory();
        return territory.searchCommunes(q, limit).stream().map(c -> CommuneView.of(c, territory)).toList();
    }

    public record EpciView(String siren, String name, String type, String taxRegime, long population,
            List<Member> communes) {

        /** {@code inRegion} is false for the few members of cross-border EPCI that lie in Normandie. */
        public record Member(String code, String name, boolean inRegion) {
        }
    }

    /** {@code densityLevel}, {@code densityLabel}, {@code rural}: INSEE's grille communale de densité (null when unknown). */
    public record CommuneView(String code, String name, String departement, List<String> postcodes, long population,
            String epciSiren, String epciName, Integer densityLevel, String densityLabel, Boolean rural) {

        static CommuneView of(Commune commune, Territory territory) {
            var level = territory.densityLevel(commune.code());
            return new CommuneView(commune.code(), commune.name(), commune.departement(), commune.postcodes(),
                    commune.population(), commune.epci(),
                    commune.epci() == null ? null : territory.epci(commune.epci()).map(Epci::name).orElse(null),
                    level.map(DensityGrid.Level::level).orElse(null), level.map(DensityGrid.Level::label).orElse(null),
                    level.map(DensityGrid.Level::rural).orElse(null));
        }
    }

    @GET
    @Path("/sources")
    @Operation(summary = "Where the reference data comes from (EPCI and communes, grille communale de densité) and "
            + "the command that regenerates it")
    public Sources sources() {
        return new Sources(reference.provenance(), reference.densityProvenance());
    }

    public record Sources(ReferenceData.Provenance territory, ReferenceData.DensityProvenance densityGrid) {
    }
}
