package fr.hautsdefrance.acte.web.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Registers {@link SafeInputModule} on the object mapper of every service (its REST bodies and events). */
@Singleton
public class SafeInputCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SafeInputModule());
    }
}
