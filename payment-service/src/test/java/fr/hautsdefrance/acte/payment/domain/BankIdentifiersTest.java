package fr.hautsdefrance.acte.payment.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** IBAN (ISO 13616, mod 97) and BIC (ISO 9362) checks, with the French messages the beneficiary reads. */
class BankIdentifiersTest {

    @Example
    void published_french_ibans_are_valid_with_or_without_spaces() {
        assertThat(BankIdentifiers.ibanProblem("FR14 2004 1010 0505 0001 3M02 606")).isNull();
        assertThat(BankIdentifiers.ibanProblem("fr7630001007941234567890185")).isNull();
        assertThat(BankIdentifiers.normalise("fr76 3000\u00a01007")).isEqualTo("FR7630001007");
    }

    @Example
    void a_french_iban_has_27_characters() {
        assertThat(BankIdentifiers.ibanProblem("FR142004101005050001302606"))
                .contains("27 caractères", "26");
        // Monaco and the overseas territories use the French format.
        assertThat(BankIdentifiers.ibanProblem("MC58112220000101234567890300")).contains("27 caractères");
    }

    @Example
    void a_wrong_check_digit_is_reported_as_a_copying_mistake() {
        assertThat(BankIdentifiers.ibanProblem("FR1520041010050500013M02606")).contains("clé de contrôle");
        assertThat(BankIdentifiers.ibanProblem("FR14-2004")).contains("code pays");
        assertThat(BankIdentifiers.ibanProblem("")).contains("indiquez l'IBAN");
        assertThat(BankIdentifiers.ibanProblem(null)).contains("indiquez l'IBAN");
    }

    @Example
    void other_sepa_countries_keep_their_own_length() {
        assertThat(BankIdentifiers.ibanProblem("DE89370400440532013000")).isNull();
        assertThat(BankIdentifiers.ibanProblem("BE68539007547034")).isNull();
    }

    @Example
    void a_bic_has_8_or_11_characters_and_the_ibans_country() {
        assertThat(BankIdentifiers.bicProblem("PSSTFRPPLIL", "FR1420041010050500013M02606")).isNull();
        assertThat(BankIdentifiers.bicProblem("BNPAFRPP", "FR1420041010050500013M02606")).isNull();
        assertThat(BankIdentifiers.bicProblem("CMCIMCM1XXX", "FR1420041010050500013M02606")).isNull();
        assertThat(BankIdentifiers.bicProblem("BNPAFRP", "FR1420041010050500013M02606")).contains("8 ou 11");
        assertThat(BankIdentifiers.bicProblem("BNPAFRPP12", "FR1420041010050500013M02606")).contains("8 ou 11");
        assertThat(BankIdentifiers.bicProblem("DEUTDEFF", "FR1420041010050500013M02606"))
                .contains("pays DE", "(FR)");
        assertThat(BankIdentifiers.bicProblem(" ", null)).contains("indiquez le BIC");
    }

    @Example
    void an_iban_is_shown_masked_and_named_by_its_last_four_characters() {
        assertThat(BankIdentifiers.masked("FR1420041010050500013M02606")).isEqualTo("FR14 **** **** **** **** ***2 606");
        assertThat(BankIdentifiers.ending("FR14 2004 1010 0505 0001 3M02 606")).isEqualTo("2606");
    }

    @Property
    void every_french_account_with_computed_check_digits_is_valid(@ForAll("frenchBban") String bban) {
        String iban = withCheckDigits("FR", bban);
        assertThat(iban).hasSize(27);
        assertThat(BankIdentifiers.ibanProblem(iban)).isNull();
    }

    @Property
    void any_single_mistyped_digit_is_caught(@ForAll("frenchBban") String bban,
            @ForAll @IntRange(min = 2, max = 26) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String iban = withCheckDigits("FR", bban);
        char original = iban.charAt(position);
        if (!Character.isDigit(original)) {
            return;
        }
        char typo = (char) ('0' + (original - '0' + shift) % 10);
        String mistyped = iban.substring(0, position) + typo + iban.substring(position + 1);
        assertThat(BankIdentifiers.isValidIban(mistyped)).isFalse();
    }

    /** Bank (5 digits), branch (5 digits), account (11 letters or digits), RIB key (2 digits). */
    @Provide
    Arbitrary<String> frenchBban() {
        Arbitrary<String> digits5 = Arbitraries.strings().numeric().ofLength(5);
        Arbitrary<String> account = Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z').ofLength(11);
        Arbitrary<String> key = Arbitraries.strings().numeric().ofLength(2);
        return net.jqwik.api.Combinators.combine(digits5, digits5, account, key).as((b, g, a, k) -> b + g + a + k);
    }

    /** ISO 13616: 98 − (BBAN + country + "00" as digits) mod 97. */
    static String withCheckDigits(String country, String bban) {
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + country + "00").toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return country + String.format("%02d", check) + bban;
    }
}
