package fr.hautsdefrance.acte.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The bearer tokens an attacker can send in place of a genuine one: signed by the test OIDC server's
 * key but wrong in what they say (issuer, audience, expiry), signed by another key, unsigned, altered.
 * Every service must answer 401 to each of them.
 */
public final class ForgedTokens {

    /** The test OIDC server's issuer and signing key (quarkus-test-oidc-server). */
    private static final String ISSUER = "https://server.example.com";
    private static final String SIGNING_KEY = "privateKey.jwk";

    /** A forged token and what is wrong with it. */
    public record Forgery(String flaw, String token) {

        @Override
        public String toString() {
            return flaw;
        }
    }

    private ForgedTokens() {
    }

    /** Forgeries of a token for {@code subject} holding {@code role}. */
    public static List<Forgery> of(String subject, String role) {
        String genuine = Tokens.of(subject, role);
        String[] parts = genuine.split("\\.");
        String none = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String escalated = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"" + role + "\"", "\"" + role + "\",\"admin\",\"finance\"");
        return List.of(
                new Forgery("expired", claims(subject, role, ISSUER, Tokens.AUDIENCE)
                        .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(600))
                        .jws().keyId("1").sign(SIGNING_KEY)),
                new Forgery("another issuer, the right key", claims(subject, role,
                        "https://attacker.example.org/realms/acte", Tokens.AUDIENCE).jws().keyId("1").sign(SIGNING_KEY)),
                new Forgery("another audience", claims(subject, role, ISSUER, "another-api").jws().keyId("1")
                        .sign(SIGNING_KEY)),
                new Forgery("no audience", Jwt.preferredUserName(subject).subject(subject).groups(Set.of(role, "admin"))
                        .issuer(ISSUER).jws().keyId("1").sign(SIGNING_KEY)),
                new Forgery("signed by another key", claims(subject, role, ISSUER, Tokens.AUDIENCE).jws().keyId("1")
                        .sign(anotherKey())),
                new Forgery("unsigned (alg none)", none + "." + parts[1] + "."),
                new Forgery("roles added to a signed token", parts[0] + "." + base64(escalated) + "." + parts[2]),
                new Forgery("signature stripped", parts[0] + "." + parts[1] + "."),
                new Forgery("scheme repeated", "Bearer " + genuine),
                new Forgery("not a token at all", UUID.randomUUID().toString()));
    }

    private static JwtClaimsBuilder claims(String subject, String role, String issuer, String audience) {
        return Jwt.preferredUserName(subject).subject(subject).groups(Set.of(role)).issuer(issuer).audience(audience);
    }

    private static PrivateKey anotherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
