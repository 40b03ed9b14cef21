package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.domain.organisation.ClaimPiece;
import fr.hautsdefrance.acte.application.domain.organisation.OrganisationClaim;
import fr.hautsdefrance.acte.application.domain.organisation.ProofOfAuthority;
import fr.hautsdefrance.acte.application.service.ClaimService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.UUID;

/**
 * Where the verification of one of my organisations stands, for its page: {@code inject:claimStatus}
 * keeps the organisation page's own resource unchanged.
 */
@Named("claimStatus")
@RequestScoped
public class ClaimStatusView {

    private final ClaimService claims;

    @Inject
    public ClaimStatusView(ClaimService claims) {
        this.claims = claims;
    }

    /** The organisation's claim as its members see it. */
    public record Status(boolean verified, OrganisationClaim claim, String expectedPieces, List<ClaimPiece> pieces) {

        public boolean pending() {
            return !verified && claim != null && claim.isPending();
        }

        public boolean rejected() {
            return !verified && claim != null && !claim.isStanding();
        }
    }

    public Status of(UUID organisationId) {
        ClaimService.ClaimFile file = claims.ofMyOrganisation(organisationId);
        return new Status(file.organisation().isVerified(), file.claim(),
                ProofOfAuthority.expectedFor(file.organisation().legalForm()), file.pieces());
    }
}
