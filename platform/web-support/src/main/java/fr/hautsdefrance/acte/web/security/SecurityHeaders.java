package fr.hautsdefrance.acte.web.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The browser-side protections every answer of every service carries, pages and API alike: no
 * script but the platform's own files (CSP without inline scripts), never framed (clickjacking),
 * no content-type guessing, no address leaked to other sites, and nothing personal kept in a cache
 * (no-store, except the bundled static files). HSTS is added where TLS is guaranteed (production).
 * Set on every response just before its headers leave, whichever handler wrote it (a page, the
 * API, a sign-in redirect, an error), unless that handler chose its own value.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Scripts, styles and images from the platform itself; inline styles only (htmx's indicator style). */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /** The settings; HSTS is off by default (plain HTTP on a developer's machine), on in production. */
    @ConfigMapping(prefix = "acte.http")
    public interface Config {

        /** Whether to send Strict-Transport-Security (only behind TLS). */
        @WithDefault("false")
        boolean strictTransportSecurity();
    }

    private final Config config;

    public SecurityHeaders(Config config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(context -> {
            context.addHeadersEndHandler(ignored -> apply(context));
            context.next();
        });
    }

    private void apply(RoutingContext context) {
        MultiMap headers = context.response().headers();
        String path = context.normalizedPath();
        setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
        setIfAbsent(headers, "X-Frame-Options", "DENY");
        setIfAbsent(headers, "Referrer-Policy", "same-origin");
        // Swagger UI (an internal tool, /q is never exposed) runs inline scripts of its own.
        if (!path.startsWith("/q/")) {
            setIfAbsent(headers, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        if (!isStaticAsset(path)) {
            setIfAbsent(headers, "Cache-Control", "no-store");
        }
        if (config.strictTransportSecurity()) {
            setIfAbsent(headers, "Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    /** The bundled scripts, styles and images: the same for everyone, cacheable. */
    static boolean isStaticAsset(String path) {
        return path.startsWith("/static/") || path.startsWith("/_static/") || path.equals("/favicon.ico");
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
