package fr.hautsdefrance.acte.application;

import com.github.tomakehurst.wiremock.client.WireMock;
import fr.hautsdefrance.acte.testing.Tokens;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * A person signed in to the portal the way a browser is: the authorization-code flow against the
 * test OIDC server (which plays Keycloak's part and issues this person's tokens), then the portal's
 * own session cookie. Cookies are kept by hand, redirects are not followed, so each answer is seen
 * as the server sent it.
 */
public final class PortalBrowser {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"|\"X-CSRF-Token\": \"([^\"]*)\"");

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String subject;

    private PortalBrowser(String subject) {
        this.subject = subject;
    }

    /** Signs {@code subject} in with the given realm roles; {@code sessionId} is the identity provider's session (sid). */
    public static PortalBrowser signIn(String subject, String... roles) {
        return signInToSession(subject, UUID.randomUUID().toString(), roles);
    }

    public static PortalBrowser signInToSession(String subject, String sessionId, String... roles) {
        PortalBrowser browser = new PortalBrowser(subject);
        Response challenge = browser.get("/connexion");
        if (challenge.statusCode() != 302) {
            throw new IllegalStateException("/connexion answered " + challenge.statusCode());
        }
        Map<String, String> query = query(URI.create(challenge.header("Location")));
        String code = "code-" + UUID.randomUUID();
        identityProvider().register(WireMock.post(WireMock.urlPathMatching("/auth/realms/quarkus/token"))
                .withRequestBody(WireMock.containing("code=" + code)).atPriority(1)
                .willReturn(WireMock.okJson(tokens(subject, sessionId, roles))));
        Response landed = browser.get(URI.create(query.get("redirect_uri")).getPath() + "?state="
                + query.get("state") + "&code=" + code);
        if (landed.statusCode() != 302 || browser.cookies.keySet().stream().noneMatch(n -> n.startsWith("q_session"))) {
            throw new IllegalStateException("sign-in of " + subject + " answered " + landed.statusCode() + " "
                    + landed.asString());
        }
        return browser;
    }

    public String subject() {
        return subject;
    }

    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    public Response get(String path) {
        return keep(request().get(path));
    }

    /** A form posted from {@code page}: the token the page carries is sent with it, as the browser would. */
    public Response submit(String page, String action, Map<String, String> fields) {
        String token = formToken(page);
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", token);
        fields.forEach(request::formParam);
        return keep(request.post(action));
    }

    /** The token in the forms of {@code page} (empty when it has none). */
    public String formToken(String page) {
        Matcher matcher = FORM_TOKEN.matcher(get(page).asString());
        return matcher.find() ? (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)) : "";
    }

    /** A request carrying this browser's cookies, nothing else. */
    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies).header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    private Response keep(Response response) {
        response.getDetailedCookies().asList().forEach(cookie -> {
            if (cookie.getValue() == null || cookie.getValue().isEmpty() || cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
        return response;
    }

    private static String tokens(String subject, String sessionId, String... roles) {
        String access = Tokens.of(subject, roles);
        String id = OidcWiremockTestResource.generateJwtToken(subject, Set.of(roles), subject, "ID",
                Set.of("quarkus-web-app"), Map.of("sid", sessionId, "email", subject + "@example.org",
                        "email_verified", "true", "name", "Nom de " + subject));
        return """
                {"access_token":"%s","id_token":"%s","refresh_token":"refresh-%s","token_type":"Bearer",
                 "expires_in":300}""".formatted(access, id, UUID.randomUUID());
    }

    private static WireMock identityProvider() {
        URI server = URI.create(ConfigProvider.getConfig().getValue("keycloak.url", String.class));
        return new WireMock(server.getHost(), server.getPort());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            query.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return query;
    }
}
