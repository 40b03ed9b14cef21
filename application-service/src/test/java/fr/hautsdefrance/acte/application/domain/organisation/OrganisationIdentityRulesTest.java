package fr.hautsdefrance.acte.application.domain.organisation;

import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an organisation must say about itself to be registered, checked by the organisation itself. */
class OrganisationIdentityRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T09:00:00+01:00");
    private static final String SIREN = "123456782";
    private static final String SIRET = "12345678200015";
    private static final Member OWNER = new Member("camille", "camille@example.org", "Camille", MemberRole.OWNER, NOW);

    private static Organisation register(String name, LegalForm form, String siret, String rna) {
        return Organisation.register(name, ApplicantType.ESS_ENTERPRISE, form, SIREN, siret, rna, OWNER, NOW).organisation();
    }

    @Test
    void an_association_needs_its_rna_number() {
        assertThatThrownBy(() -> register("Les Jardins", LegalForm.ASSOCIATION, null, null))
                .isInstanceOf(InvalidOrganisationException.class)
                .hasMessageContaining("RNA")
                .extracting(e -> ((InvalidOrganisationException) e).field()).isEqualTo("rna");

        Organisation association = register("Les Jardins", LegalForm.ASSOCIATION, null, "W621234567");
        assertThat(association.identifiableInOpenData()).isTrue();
        assertThat(association.members()).containsExactly(OWNER);
    }

    @Test
    void an_organisation_other_than_an_association_names_its_siret_for_the_open_data_file() {
        assertThatThrownBy(() -> register("Coopérative", LegalForm.COOPERATIVE, null, null))
                .isInstanceOf(InvalidOrganisationException.class)
                .hasMessageContaining("avis de situation SIRENE")
                .extracting(e -> ((InvalidOrganisationException) e).field()).isEqualTo("siret");

        assertThat(register("Coopérative", LegalForm.COOPERATIVE, SIRET, null).identifiableInOpenData()).isTrue();
    }

    @Test
    void a_siret_belongs_to_the_organisations_siren() {
        assertThatThrownBy(() -> register("Coopérative", LegalForm.COOPERATIVE, "98765432100019", null))
                .isInstanceOf(InvalidOrganisationException.class)
                .hasMessageContaining(SIREN)
                .extracting(e -> ((InvalidOrganisationException) e).field()).isEqualTo("siret");
    }

    @Test
    void an_organisation_has_a_name() {
        assertThatThrownBy(() -> register(" ", LegalForm.ASSOCIATION, null, "W621234567"))
                .isInstanceOf(InvalidOrganisationException.class)
                .extracting(e -> ((InvalidOrganisationException) e).field()).isEqualTo("name");
    }

    @Test
    void an_epci_is_its_own_epci_and_another_organisation_is_in_its_communes() {
        Organisation epci = Organisation.register("Communauté d'agglomération", ApplicantType.EPCI, LegalForm.LOCAL_AUTHORITY,
                SIREN, SIRET, null, OWNER, NOW).organisation();
        epci.locate("1 place", "62300", "62498", "Lens", "200000000");
        assertThat(epci.epciSiren()).isEqualTo(SIREN);

        Organisation association = register("Les Jardins", LegalForm.ASSOCIATION, null, "W621234567");
        association.locate("1 place", "62300", "62498", "Lens", "200000000");
        association.declareMemberSirens(List.of("552100554"));
        assertThat(association.epciSiren()).isEqualTo("200000000");
        assertThat(association.town()).isEqualTo("Lens");
        assertThat(association.memberSirens()).containsExactly("552100554");
    }
}
