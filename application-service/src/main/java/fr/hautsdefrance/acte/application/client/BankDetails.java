package fr.hautsdefrance.acte.application.client;

/** Bank details as the beneficiary enters them from the RIB (payment-service's structured address). */
public record BankDetails(String holderName, String iban, String bic, String streetName, String buildingNumber,
        String postCode, String townName, String country) {
}
