package fr.hautsdefrance.acte.web.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value refused by {@link SafeInputModule}; its message is French, for the problem document. */
public class RejectedInputException extends MismatchedInputException {

    public RejectedInputException(JsonParser parser, String message, Class<?> target) {
        super(parser, message, target);
    }
}
