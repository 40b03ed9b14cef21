package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.DocumentType;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.application.domain.FundingSource;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import fr.hautsdefrance.acte.application.domain.PartnerCategory;
import fr.hautsdefrance.acte.application.domain.Stage;
import io.quarkus.qute.TemplateGlobal;

import java.util.List;

/** The choices the forms offer, in the order people read them. */
@TemplateGlobal
public final class PortalGlobals {

    static final List<ApplicantType> applicantTypes = List.of(ApplicantType.values());
    static final List<LegalForm> legalForms = List.of(LegalForm.values());
    static final List<Stage> stages = List.of(Stage.values());
    static final List<PartnerCategory> partnerCategories = List.of(PartnerCategory.values());
    static final List<ExpenseCategory> expenseCategories = List.of(ExpenseCategory.values());
    static final List<FundingSource> fundingSources = List.of(FundingSource.values());
    static final List<ApplicationStatus> statuses = List.of(ApplicationStatus.values());
    static final List<DocumentType> documentTypes = DocumentType.ofTheFile();
    /** The officer's grid on ACTE's purposes, in the order of {@link fr.hautsdefrance.acte.application.domain.Scoring}. */
    static final List<Criterion> scoringCriteria = List.of(
            new Criterion("cooperation", "Coopération entre acteurs multiples"),
            new Criterion("localAnchoring", "Ancrage local, réponse à un besoin du territoire"),
            new Criterion("inhabitantsInvolvement", "Implication des habitants"),
            new Criterion("nonRelocatableActivity", "Activité économique non délocalisable"),
            new Criterion("swarmingPotential", "Potentiel d'essaimage"));

    public record Criterion(String field, String title) {
    }

    /** The marks each criterion of the grid takes, 0 (absent) to 3 (remarkable), as the form sends them. */
    static final List<String> scoreValues = List.of("0", "1", "2", "3");

    /** The bank details form, in the order of a RIB (payment-service's structured address). */
    static final List<BankField> bankFields = List.of(
            new BankField("holderName", "Titulaire du compte", "tel qu'il figure sur le RIB", "organization", 140),
            new BankField("iban", "IBAN", "27 caractères pour un compte en France, commençant par FR", "off", 42),
            new BankField("bic", "BIC", "8 ou 11 caractères, sur le RIB", "off", 14),
            new BankField("buildingNumber", "Numéro dans la rue", "facultatif", null, 16),
            new BankField("streetName", "Rue du titulaire", "par exemple « rue de la Fosse »", "address-line1", 70),
            new BankField("postCode", "Code postal", null, "postal-code", 16),
            new BankField("townName", "Commune", null, "address-level2", 35),
            new BankField("country", "Pays", "code en 2 lettres, FR si vide", "country", 2));

    public record BankField(String name, String title, String hint, String autocomplete, Integer maxLength) {
    }

    private PortalGlobals() {
    }
}
