package fr.hautsdefrance.acte.application.domain;

import fr.hautsdefrance.acte.application.domain.call.Call;
import fr.hautsdefrance.acte.application.domain.event.EventPayloads;
import fr.hautsdefrance.acte.application.domain.instruction.InformationRequest;
import fr.hautsdefrance.acte.application.domain.organisation.Member;
import fr.hautsdefrance.acte.application.domain.organisation.MemberRole;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.domain.organisation.OrganisationClaim;
import fr.hautsdefrance.acte.application.domain.organisation.SirenDispute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Files built in memory for the aggregate's rules, without Quarkus nor a database. */
final class Files {

    static final OffsetDateTime DEPOSIT = OffsetDateTime.parse("2026-12-01T10:00:00+01:00");
    static final Call PERMANENT_CALL = Call.thematic("Appel permanent", null, null, null, "acte-2026.1", DEPOSIT);

    static final EventPayloads.DeMinimisGranted.Grantor GRANTOR = new EventPayloads.DeMinimisGranted.Grantor(
            "Région Hauts-de-France", "20005376700014", "ACTE");

    private Files() {
    }

    /** An association an officer has verified: its files may be deposited. */
    static Organisation association() {
        Member owner = new Member("owner-1", "owner@example.org", "Camille", MemberRole.OWNER, DEPOSIT);
        Organisation organisation = Organisation.register("Les Jardins", ApplicantType.ESS_ENTERPRISE,
                LegalForm.ASSOCIATION, "123456782", null, "W621234567", owner, DEPOSIT).organisation();
        OrganisationClaim claim = OrganisationClaim.open(organisation, owner, DEPOSIT);
        SirenDispute.of(organisation.siren(), List.of(claim)).verify(claim, organisation, "officer-1", DEPOSIT);
        return organisation;
    }

    /** An intercommunality (EPCI): a public body, outside the de minimis rules. */
    static Organisation epci() {
        Member owner = new Member("owner-2", "owner@agglo.example.org", "Dominique", MemberRole.OWNER, DEPOSIT);
        return Organisation.register("Communauté d'agglomération", ApplicantType.EPCI, LegalForm.LOCAL_AUTHORITY,
                "123456782", "12345678200015", null, owner, DEPOSIT).organisation();
    }

    /** A complete file, deposited on {@link #DEPOSIT}. */
    static Application submitted() {
        Organisation organisation = association();
        Application file = completeDraft(organisation);
        file.submit(organisation, PERMANENT_CALL, DocumentType.requiredFor(ApplicantType.ESS_ENTERPRISE,
                LegalForm.ASSOCIATION), "owner-1", DEPOSIT);
        return file;
    }

    /** A draft with everything the deposit asks for. */
    static Application completeDraft(Organisation organisation) {
        Application file = Application.draft("ACTE-2026-000001", organisation, PERMANENT_CALL.id, "owner-1", DEPOSIT);
        file.describeProject("Ressourcerie", "Collecter et réparer.", Stage.EMERGENCE, List.of("62498"),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        file.namePartners(List.of(new Partner("Mairie", PartnerCategory.PUBLIC_AUTHORITY, null, null)));
        file.planBudget(List.of(new ExpenseLine(ExpenseCategory.OPERATING, "Coordination", new BigDecimal("60000.00"))));
        file.planFunding(List.of(new FundingLine(FundingSource.REGION_ACTE, "Région", new BigDecimal("30000.00")),
                new FundingLine(FundingSource.OWN_FUNDS, "Fonds propres", new BigDecimal("30000.00"))),
                new BigDecimal("30000.00"));
        file.declareDeMinimis(List.of(), true, DEPOSIT.toLocalDate());
        return file;
    }

    static void assessedByTheRules(Application file, boolean eligible) {
        file.recordEligibility(new EligibilityResult(UUID.randomUUID(), eligible, "acte-2026.1",
                new BigDecimal("60000.00"), new BigDecimal("0.50"), new BigDecimal("30000.00"), DEPOSIT.plusMinutes(1)),
                eligible ? List.of() : List.of(new EligibilityFailure("COOPERATION", "Deux partenaires au moins.")));
    }

    /** The officer opens the file's instruction, and takes it. */
    static void reviewStarted(Application file, OffsetDateTime at) {
        file.startReview(association(), "officer-1", "Claude Martin", "claude.martin@hautsdefrance.fr", at);
    }

    /** The officer asks for a piece, to be sent within a fortnight. */
    static InformationRequest piecesAsked(Application file, OffsetDateTime at) {
        InformationRequest request = InformationRequest.of(file.id(), "Merci de joindre le RIB.", List.of("RIB"),
                at.toLocalDate().plusDays(15), "officer-1", at);
        file.requestInformation(association(), request, at);
        return request;
    }

    static Scoring grid() {
        return new Scoring(1, 1, 1, 1, 1);
    }
}
