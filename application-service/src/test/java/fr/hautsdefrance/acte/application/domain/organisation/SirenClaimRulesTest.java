package fr.hautsdefrance.acte.application.domain.organisation;

import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who gets an organisation's SIREN: claims, their verification, and disputes between claimants. */
class SirenClaimRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T09:00:00+01:00");
    private static final String SIREN = "123456782";

    private record Claimed(Organisation organisation, OrganisationClaim claim) {
    }

    private static Claimed registeredBy(String subject) {
        Member owner = new Member(subject, subject + "@example.org", subject, MemberRole.OWNER, NOW);
        Organisation organisation = Organisation.register("Les Jardins", ApplicantType.ESS_ENTERPRISE,
                LegalForm.ASSOCIATION, SIREN, null, "W621234567", owner, NOW).organisation();
        return new Claimed(organisation, OrganisationClaim.open(organisation, owner, NOW));
    }

    @Test
    void a_registered_organisation_is_not_verified_and_refuses_a_deposit_until_an_officer_verifies_it() {
        Claimed first = registeredBy("camille");

        assertThat(first.claim().status()).isEqualTo(ClaimStatus.PENDING);
        assertThat(first.organisation().isVerified()).isFalse();
        assertThatThrownBy(() -> first.organisation().ensureVerifiedForDeposit())
                .isInstanceOf(OrganisationRuleException.class)
                .hasMessageContaining("n'est pas encore vérifiée").hasMessageContaining("brouillon est conservé");

        SirenDispute.of(SIREN, List.of(first.claim())).verify(first.claim(), first.organisation(), "officer-1", NOW);

        assertThat(first.claim().status()).isEqualTo(ClaimStatus.VERIFIED);
        assertThat(first.organisation().isVerified()).isTrue();
        assertThat(first.organisation().verifiedBy()).isEqualTo("officer-1");
        first.organisation().ensureVerifiedForDeposit();
    }

    @Test
    void a_claim_is_verified_once_and_a_rejection_needs_a_reason() {
        Claimed first = registeredBy("camille");
        SirenDispute alone = SirenDispute.of(SIREN, List.of(first.claim()));

        assertThatThrownBy(() -> alone.reject(first.claim(), first.organisation(), "officer-1", " ", NOW))
                .isInstanceOf(OrganisationRuleException.class).hasMessageContaining("motif");
        alone.verify(first.claim(), first.organisation(), "officer-1", NOW);
        assertThatThrownBy(() -> alone.verify(first.claim(), first.organisation(), "officer-1", NOW))
                .isInstanceOfSatisfying(ClaimDecidedException.class,
                        decided -> assertThat(decided.status()).isEqualTo(ClaimStatus.VERIFIED));
    }

    @Test
    void a_second_claim_on_the_same_siren_is_a_dispute_that_no_single_verification_settles() {
        Claimed squatter = registeredBy("squatter");
        Claimed real = registeredBy("real-president");
        SirenDispute dispute = SirenDispute.of(SIREN, List.of(squatter.claim(), real.claim()));

        assertThat(dispute.isDisputed()).isTrue();
        assertThatThrownBy(() -> dispute.verify(squatter.claim(), squatter.organisation(), "officer-1", NOW))
                .isInstanceOf(OrganisationRuleException.class).hasMessageContaining("tranchez le litige");
        assertThat(squatter.organisation().isVerified()).isFalse();
    }

    @Test
    void resolving_a_dispute_verifies_the_winner_and_rejects_the_others_with_the_reason() {
        Claimed squatter = registeredBy("squatter");
        Claimed real = registeredBy("real-president");
        SirenDispute dispute = SirenDispute.of(SIREN, List.of(squatter.claim(), real.claim()));

        List<OrganisationClaim> losers = dispute.resolve(real.claim().id, Map.of(
                squatter.organisation().id(), squatter.organisation(), real.organisation().id(), real.organisation()),
                "officer-1", "Statuts et procès-verbal désignant la présidente", NOW).losers();

        assertThat(losers).containsExactly(squatter.claim());
        assertThat(real.organisation().isVerified()).isTrue();
        assertThat(squatter.organisation().isVerified()).isFalse();
        assertThat(squatter.claim().status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(squatter.claim().reason()).isEqualTo("Statuts et procès-verbal désignant la présidente");
        assertThat(dispute.isDisputed()).isFalse();
    }

    @Test
    void a_new_claim_against_a_verified_organisation_is_a_dispute_the_newcomer_can_win() {
        Claimed squatter = registeredBy("squatter");
        SirenDispute.of(SIREN, List.of(squatter.claim())).verify(squatter.claim(), squatter.organisation(), "officer-1", NOW);
        Claimed real = registeredBy("real-president");
        SirenDispute dispute = SirenDispute.of(SIREN, List.of(squatter.claim(), real.claim()));

        assertThat(dispute.isDisputed()).isTrue();
        dispute.resolve(real.claim().id, Map.of(squatter.organisation().id(), squatter.organisation(),
                real.organisation().id(), real.organisation()), "officer-2", "Kbis au nom de la présidente", NOW);

        assertThat(real.organisation().isVerified()).isTrue();
        assertThat(squatter.organisation().isVerified()).as("the verification is withdrawn").isFalse();
    }

    @Test
    void a_dispute_is_settled_with_a_reason_in_favour_of_one_of_its_claims() {
        Claimed first = registeredBy("first");
        Claimed second = registeredBy("second");
        Claimed elsewhere = registeredBy("elsewhere");
        SirenDispute dispute = SirenDispute.of(SIREN, List.of(first.claim(), second.claim()));
        Map<java.util.UUID, Organisation> organisations = Map.of(first.organisation().id(), first.organisation(),
                second.organisation().id(), second.organisation());

        assertThatThrownBy(() -> dispute.resolve(first.claim().id, organisations, "officer-1", "", NOW))
                .isInstanceOf(OrganisationRuleException.class).hasMessageContaining("motif");
        assertThatThrownBy(() -> dispute.resolve(elsewhere.claim().id, organisations, "officer-1", "Kbis", NOW))
                .isInstanceOf(OrganisationRuleException.class).hasMessageContaining("en litige");
        assertThat(first.organisation().isVerified()).isFalse();
        assertThat(second.organisation().isVerified()).isFalse();
    }
}
