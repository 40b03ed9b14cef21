package fr.hautsdefrance.acte.application.rest;

import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The JSON API is authenticated by bearer tokens only (the default OIDC tenant), whatever cookies
 * come with the request: Quarkus would otherwise pick the portal's tenant from its session cookie
 * and let a page of another site act through the API with the person's session, without any form
 * token. The portal's pages keep their own tenant (quarkus.oidc.portal.tenant-paths).
 */
@ApplicationScoped
public class BearerOnlyApi implements TenantResolver {

    @Override
    public String resolve(RoutingContext context) {
        return context.normalizedPath().startsWith("/api/") ? OidcUtils.DEFAULT_TENANT_ID : null;
    }
}
