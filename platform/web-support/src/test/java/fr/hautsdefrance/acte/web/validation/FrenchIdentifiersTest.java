package fr.hautsdefrance.acte.web.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchIdentifiersTest {

    @ParameterizedTest(name = "SIREN {0} → {1}")
    @CsvSource({"246200364, true", "245901038, true", "123456782, true", "123456789, false", "24620036, false",
            "2462003640, false", "24620036A, false", "356000000, true"})
    void siren_is_nine_digits_with_a_luhn_checksum(String siren, boolean valid) {
        assertThat(FrenchIdentifiers.isValidSiren(siren)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "SIRET {0} → {1}")
    @CsvSource({"24620036400015, true", "24620036400010, false", "35600000000048, true", "35600000012346, true",
            "35600000012345, false", "2462003640001, false"})
    void siret_uses_luhn_except_for_la_poste_whose_digit_sum_is_a_multiple_of_five(String siret, boolean valid) {
        assertThat(FrenchIdentifiers.isValidSiret(siret)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "RNA {0} → {1}")
    @CsvSource({"W621234567, true", "w621234567, false", "W62123456, false", "X621234567, false", "W62123456A, false"})
    void rna_is_w_and_nine_digits(String rna, boolean valid) {
        assertThat(FrenchIdentifiers.isValidRna(rna)).isEqualTo(valid);
    }
}
