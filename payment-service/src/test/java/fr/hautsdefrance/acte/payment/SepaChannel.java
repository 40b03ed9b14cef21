package fr.hautsdefrance.acte.payment;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A deployment that pays from its own bank account: SEPA credit transfer files instead of PES bordereaux. */
public class SepaChannel implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("acte.payment.channel", "SEPA");
    }
}
