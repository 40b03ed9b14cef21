package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.domain.staff.StaffMember;
import fr.hautsdefrance.acte.application.service.StaffDirectory;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The officer directory: whom a file can be assigned to. */
@Path("/api/v1/officers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Instruction")
public class OfficerResource {

    private final StaffDirectory directory;

    @Inject
    public OfficerResource(StaffDirectory directory) {
        this.directory = directory;
    }

    /** {@code id} is what an assignment names; people read {@code name}. */
    public record OfficerView(String id, String name, String email) {

        static OfficerView of(StaffMember m) {
            return new OfficerView(m.subject, m.displayName, m.email);
        }
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "The Region's officers (chargé·es de mission), each listed from their first sign-in")
    public List<OfficerView> officers() {
        return directory.officers().stream().map(OfficerView::of).toList();
    }
}
