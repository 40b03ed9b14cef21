package fr.hautsdefrance.acte.application.portal;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Protection of the portal's forms against cross-site request forgery (double-submit token): each
 * browser gets a random token in a SameSite cookie, every form and htmx request sends it back, and
 * a state-changing request without the matching token is refused. The JSON API is not concerned:
 * it authenticates with bearer tokens, which a browser never sends by itself.
 */
public class PortalCsrf {

    public static final String COOKIE = "acte-csrf";
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

    @ServerRequestFilter
    @WithFormRead
    @Protected
    public Response verify(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            String token = cookie == null ? newToken() : cookie.getValue();
            if (cookie == null) {
                routing.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                        .setSecure(routing.request().isSSL()).setSameSite(CookieSameSite.STRICT));
            }
            routing.put(TOKEN_KEY, token);
            return null;
        }
        String sent = request.getHeaderString(HEADER);
        if (sent == null && isForm(request.getMediaType())) {
            ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
            sent = (String) context.getFormParameter(FIELD, true, false);
        }
        if (cookie == null || sent == null || !MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII))) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Formulaire expiré — ACTE"
                            + "</title></head><body><main><h1>Formulaire expiré</h1><p>Pour votre sécurité, ce formulaire "
                            + "n'a pas pu être pris en compte. <a href=\"javascript:history.back()\">Revenez à la page "
                            + "précédente</a>, rechargez-la, puis recommencez.</p></main></body></html>")
                    .build();
        }
        routing.put(TOKEN_KEY, cookie.getValue());
        return null;
    }

    /** The token to put in the page's forms (set by the filter for this request). */
    static String tokenOf(RoutingContext routing) {
        String token = routing.get(TOKEN_KEY);
        return token == null ? "" : token;
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
