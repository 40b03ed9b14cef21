package fr.hautsdefrance.acte.application.portal;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Protection of the portal's forms against cross-site request forgery. Each browser gets a random
 * value in a {@code __Host-} cookie (Secure, HttpOnly, SameSite=Strict, this host only: a sibling
 * subdomain cannot plant one); the token the pages put in their forms and htmx headers is an HMAC
 * of that value and of the signed-in session (the identity provider's session id), so a token
 * read in one session is worth nothing in another, even with a planted cookie. A state-changing
 * request without the token of its own session is refused. The JSON API is not concerned: it
 * authenticates with bearer tokens only, which a browser never sends by itself.
 */
public class PortalCsrf {

    public static final String COOKIE = "__Host-acte-csrf";
    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final String TOKEN_KEY = "acte.csrf.token";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Marks the portal's page resources: their unsafe requests need the token. */
    @NameBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    public @interface Protected {
    }

    private final SecretKeySpec key;

    /** The key is derived from the portal's client secret: the same on every replica, secret, nothing more to deploy. */
    @Inject
    public PortalCsrf(@ConfigProperty(name = "quarkus.oidc.portal.credentials.secret") String clientSecret) {
        try {
            byte[] derived = MessageDigest.getInstance("SHA-256")
                    .digest(("acte-portal-csrf:" + clientSecret).getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(derived, "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @ServerRequestFilter
    @WithFormRead
    @Protected
    public Response verify(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        String session = sessionOf(routing);
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            String nonce = cookie == null ? newNonce() : cookie.getValue();
            if (cookie == null) {
                // Secure even on http://localhost: browsers treat localhost as a secure origin.
                routing.response().addCookie(Cookie.cookie(COOKIE, nonce).setPath("/").setHttpOnly(true)
                        .setSecure(true).setSameSite(CookieSameSite.STRICT));
            }
            routing.put(TOKEN_KEY, token(nonce, session));
            return null;
        }
        String sent = request.getHeaderString(HEADER);
        if (sent == null && isForm(request.getMediaType())) {
            ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
            sent = (String) context.getFormParameter(FIELD, true, false);
        }
        String expected = cookie == null ? null : token(cookie.getValue(), session);
        if (expected == null || sent == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII))) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Formulaire expiré — ACTE"
                            + "</title></head><body><main><h1>Formulaire expiré</h1><p>Pour votre sécurité, ce formulaire "
                            + "n'a pas pu être pris en compte : il a été ouvert dans une autre session, ou sur un autre "
                            + "site. Revenez à la page précédente avec le bouton « Précédent » de votre navigateur, "
                            + "rechargez-la, puis recommencez.</p><p><a href=\"/\">Accueil</a></p></main></body></html>")
                    .build();
        }
        routing.put(TOKEN_KEY, expected);
        return null;
    }

    /** The token to put in the page's forms (set by the filter for this request). */
    static String tokenOf(RoutingContext routing) {
        String token = routing.get(TOKEN_KEY);
        return token == null ? "" : token;
    }

    /** The signed-in session the request belongs to ("" for a visitor who is not signed in). */
    private static String sessionOf(RoutingContext routing) {
        if (routing.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            return PortalSessionIds.of(identity).orElse(identity.isAnonymous() ? "" : identity.getPrincipal().getName());
        }
        return "";
    }

    private String token(String nonce, String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((nonce + "|" + session).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private static String newNonce() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
