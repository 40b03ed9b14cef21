package fr.hautsdefrance.acte.payment.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.payment.service.IdempotentCommands;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Stored answers of idempotent commands, given back exactly as they were first given. */
final class Answers {

    private Answers() {
    }

    static Response of(IdempotentCommands.Answer answer) {
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.json()).build();
    }

    /** The same, with the created resource's address (its id under {@code base}). */
    static Response created(IdempotentCommands.Answer answer, UriBuilder base, ObjectMapper mapper) {
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON)
                .entity(answer.json());
        try {
            String id = mapper.readTree(answer.json()).path("id").asText(null);
            if (id != null) {
                response.location(base.path(id).build());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return response.build();
    }
}
