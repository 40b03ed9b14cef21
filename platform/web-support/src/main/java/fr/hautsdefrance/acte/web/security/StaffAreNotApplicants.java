package fr.hautsdefrance.acte.web.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Region's staff do not apply for its grants (ACTE.md, conflicts of interest): an identity that
 * holds a staff role loses the {@code applicant} role, whatever the identity provider gave it (a
 * default role, an old grant, a mistake). Every {@code @RolesAllowed(applicant)} endpoint and page of
 * every service then refuses it in the same way, before any of their code runs.
 */
@ApplicationScoped
public class StaffAreNotApplicants implements SecurityIdentityAugmentor {

    static final Set<String> STAFF = Set.of(Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN);

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.APPLICANT) || STAFF.stream().noneMatch(identity::hasRole)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(withoutApplicantRole(identity));
    }

    static SecurityIdentity withoutApplicantRole(SecurityIdentity identity) {
        Set<String> roles = identity.getRoles().stream().filter(role -> !Roles.APPLICANT.equals(role))
                .collect(Collectors.toUnmodifiableSet());
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .setAnonymous(false)
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(roles)
                .addPermissionChecker(identity::checkPermission)
                .build();
    }
}
