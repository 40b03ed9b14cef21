package fr.hautsdefrance.acte.web.problem;

import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Names a failing JSON location the way a caller wrote it: {@code expenses[2].category}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** For an enum, the list of accepted values: the caller can pick the right one. */
    static String allowedValues(Class<?> target) {
        if (target == null || !target.isEnum()) {
            return "";
        }
        return " (valeurs possibles : " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", ")) + ")";
    }
}
