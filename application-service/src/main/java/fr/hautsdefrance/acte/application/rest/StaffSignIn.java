package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.service.StaffDirectory;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Records the Region's officers and managers in the directory at their first request (API or
 * portal), so that files can be assigned to them by name. Skipped on the event loop (non-blocking
 * endpoints): the next blocking request records them.
 */
public class StaffSignIn {

    private final StaffDirectory directory;

    @Inject
    public StaffSignIn(StaffDirectory directory) {
        this.directory = directory;
    }

    @ServerRequestFilter
    public void record() {
        if (BlockingOperationControl.isBlockingAllowed() && directory.unrecorded()) {
            directory.recordSignedIn();
        }
    }
}
