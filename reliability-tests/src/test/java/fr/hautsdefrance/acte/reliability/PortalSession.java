package fr.hautsdefrance.acte.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in to the portal through Keycloak's own login page, with plain HTTP: the pages
 * are read as the server sends them, before any browser could repair or sanitise them.
 */
final class PortalSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient client;
    private final String portalUrl;
    /**
     * Cookies by name, sent everywhere: Keycloak and the portal both run on localhost and use
     * distinct names. Kept by hand because Java's cookie store drops Keycloak's login cookies on
     * plain-HTTP localhost, which a browser keeps.
     */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private PortalSession(HttpClient client, String portalUrl) {
        this.client = client;
        this.portalUrl = portalUrl;
    }

    static PortalSession signIn(String portalUrl, String login) {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        PortalSession session = new PortalSession(client, portalUrl);
        // The sign-in link: after Keycloak, each person lands in their own space (staff have no /espace).
        HttpResponse<String> loginPage = session.send(HttpRequest.newBuilder(URI.create(portalUrl + "/connexion")).GET());
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        if (!form.find()) {
            throw new IllegalStateException("no Keycloak login form at " + loginPage.uri());
        }
        String action = form.group(1).replace("&amp;", "&");
        String credentials = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> landed = session.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials)));
        if (landed.statusCode() != 200 || !landed.uri().toString().startsWith(portalUrl)) {
            throw new IllegalStateException("sign-in of " + login + " ended at " + landed.uri() + " with "
                    + landed.statusCode());
        }
        return session;
    }

    /** The page at {@code path}, as served: status 200 required. */
    String page(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(portalUrl + path)).GET());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** The status of {@code path}, redirects followed (a refusal must not be a redirect to a page that opens). */
    int status(String path) {
        return send(HttpRequest.newBuilder(URI.create(portalUrl + path)).GET()).statusCode();
    }

    /** Sends the request, then follows redirects (GET after a POST, as browsers do), keeping cookies. */
    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request);
        for (int hop = 0; hop < 20 && response.statusCode() / 100 == 3; hop++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = exchange(HttpRequest.newBuilder(next).GET());
        }
        return response;
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String name = pair.substring(0, equals).trim();
                String value = pair.substring(equals + 1).trim();
                boolean expired = setCookie.toLowerCase().contains("max-age=0") || value.isEmpty();
                if (expired) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
