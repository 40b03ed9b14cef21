package fr.hautsdefrance.acte.web.problem;

import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Semaphore;

/** A body read as the services read a large form or an upload, and defects. */
@Path("/bodies")
public class BodiesResource {

    static final String START = "%PDF-1.7 ";

    /** Released when {@link #stream} has read the start of its body: the client may then leave. */
    static final Semaphore READING = new Semaphore(0);

    @POST
    @Path("/stream")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public int stream(InputStream body) throws IOException {
        int start = body.readNBytes(START.length()).length;
        READING.release();
        return start + body.readAllBytes().length;
    }

    @GET
    @Path("/failure")
    public String failure() {
        throw new IllegalStateException("a defect in the service");
    }

    /** As a call to another service fails when that service closes the connection: the caller is still there. */
    @GET
    @Path("/remote-closed")
    public String remoteClosed() {
        throw new ProcessingException("a defect in the service", new HttpClosedException("Connection was closed"));
    }
}
