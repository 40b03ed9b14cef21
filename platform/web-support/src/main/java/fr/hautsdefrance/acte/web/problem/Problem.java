package fr.hautsdefrance.acte.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code detail} and every {@code errors[].message} are written
 * for the person who sent the request, in French; {@code errors[].field} names the failing field
 * as a JSON path into the request (e.g. {@code expenses[2].amount}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://acte.hautsdefrance.fr/problems/";

    public record FieldError(String field, String message) {
    }
}
