package fr.hautsdefrance.acte.web.problem;

import com.fasterxml.jackson.databind.JsonMappingException;

/** The field a problem document names for a JSON failure, for tests outside this package. */
public final class JsonPathsAccess {

    private JsonPathsAccess() {
    }

    public static String of(JsonMappingException e) {
        return JsonPaths.of(e.getPath());
    }
}
