package fr.hautsdefrance.acte.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/**
 * The account a payment goes to, copied from the validated bank details when the order is prepared:
 * the checker approves, and the bank receives, exactly these details.
 */
@Embeddable
public class Creditor {

    @Column(name = "bank_account_id")
    public UUID bankAccountId;

    @Column(name = "creditor_name")
    public String name;

    @Column(name = "creditor_iban")
    public String iban;

    @Column(name = "creditor_bic")
    public String bic;

    @Column(name = "creditor_street")
    public String streetName;

    @Column(name = "creditor_building")
    public String buildingNumber;

    @Column(name = "creditor_post_code")
    public String postCode;

    @Column(name = "creditor_town")
    public String townName;

    @Column(name = "creditor_country")
    public String country;

    protected Creditor() {
    }

    public static Creditor of(BankAccount account) {
        Creditor creditor = new Creditor();
        creditor.bankAccountId = account.id;
        creditor.name = account.holderName;
        creditor.iban = account.iban;
        creditor.bic = account.bic;
        creditor.streetName = account.streetName;
        creditor.buildingNumber = account.buildingNumber;
        creditor.postCode = account.postCode;
        creditor.townName = account.townName;
        creditor.country = account.country;
        return creditor;
    }

    /** The account paid, erased with the bank details it was copied from (see BankAccount#erase). */
    void erase() {
        name = null;
        iban = iban == null ? null : BankIdentifiers.erased(iban);
        bic = null;
        streetName = null;
        buildingNumber = null;
        postCode = null;
        townName = null;
    }

    boolean erased() {
        return name == null;
    }
}
