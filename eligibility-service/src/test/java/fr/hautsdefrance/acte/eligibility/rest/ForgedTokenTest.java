package fr.hautsdefrance.acte.eligibility.rest;

import fr.hautsdefrance.acte.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Tokens signed by the right key but wrong in what they say (issuer, audience, expiry), signed by
 * another key or not at all: eligibility-service answers 401 to each, and serves the genuine one.
 */
@QuarkusTest
class ForgedTokenTest {

    /** The test OIDC server's issuer and signing key (quarkus-test-oidc-server). */
    private static final String ISSUER = "https://server.example.com";
    private static final String SIGNING_KEY = "privateKey.jwk";
    private static final String PATH = "/api/v1/eligibility/assessments/" + UUID.randomUUID();

    @Test
    void a_genuine_token_is_served() {
        given().auth().oauth2(Tokens.of("forged-officer", "officer")).get(PATH).then().statusCode(404);
    }

    @Test
    void an_expired_token_is_refused() {
        refused(claims(ISSUER, "acte-api").issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(600)).jws().keyId("1").sign(SIGNING_KEY));
    }

    @Test
    void a_token_from_another_issuer_signed_with_the_right_key_is_refused() {
        refused(claims("https://attacker.example.org/realms/acte", "acte-api").jws().keyId("1").sign(SIGNING_KEY));
    }

    @Test
    void a_token_for_another_audience_or_none_is_refused() {
        refused(claims(ISSUER, "another-api").jws().keyId("1").sign(SIGNING_KEY));
        refused(Jwt.preferredUserName("forged-officer").subject("forged-officer").groups(Set.of("officer", "admin"))
                .issuer(ISSUER).jws().keyId("1").sign(SIGNING_KEY));
    }

    @Test
    void a_token_signed_by_another_key_is_refused() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        refused(claims(ISSUER, "acte-api").jws().keyId("1").sign(generator.generateKeyPair().getPrivate()));
    }

    @Test
    void an_unsigned_token_and_an_altered_one_are_refused() {
        String genuine = Tokens.of("forged-officer", "officer");
        String[] parts = genuine.split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        refused(none + "." + parts[1] + ".");
        String escalated = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"officer\"", "\"officer\",\"admin\",\"finance\"");
        refused(parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(escalated.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
        refused(parts[0] + "." + parts[1] + ".");
        refused("Bearer " + genuine);
        refused(UUID.randomUUID().toString());
    }

    private static JwtClaimsBuilder claims(String issuer, String audience) {
        return Jwt.preferredUserName("forged-officer").subject("forged-officer").groups(Set.of("officer")).issuer(issuer)
                .audience(audience);
    }

    private static void refused(String token) {
        given().auth().oauth2(token).get(PATH).then().statusCode(401);
    }
}
