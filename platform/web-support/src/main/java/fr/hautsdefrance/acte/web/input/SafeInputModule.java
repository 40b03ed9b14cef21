package fr.hautsdefrance.acte.web.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.time.temporal.TemporalAccessor;

/**
 * Every string and every date read from JSON, in every service, passes through {@link Text}'s
 * rules: a control character or an implausible year is refused (400, the field named) instead of
 * failing later in the database with a 500; invisible formatting characters are removed. Applied
 * by wrapping Jackson's own deserializers, so no request object needs an annotation.
 */
public class SafeInputModule extends SimpleModule {

    public SafeInputModule() {
        super("acte-safe-input");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == String.class) {
                    return new SafeText(deserializer);
                }
                if (TemporalAccessor.class.isAssignableFrom(type)) {
                    return new PlausibleDate(deserializer);
                }
                return deserializer;
            }
        });
    }

    static final class SafeText extends DelegatingDeserializer {

        SafeText(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new SafeText(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof String text) {
                String problem = Text.problemWith(text);
                if (problem != null) {
                    throw new RejectedInputException(parser, problem, String.class);
                }
                return Text.withoutInvisibleFormatting(text);
            }
            return value;
        }
    }

    static final class PlausibleDate extends DelegatingDeserializer {

        PlausibleDate(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new PlausibleDate(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof TemporalAccessor date) {
                String problem = Text.problemWithDate(date);
                if (problem != null) {
                    throw new RejectedInputException(parser, problem, value.getClass());
                }
            }
            return value;
        }
    }
}
