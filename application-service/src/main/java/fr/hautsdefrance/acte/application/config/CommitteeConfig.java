package fr.hautsdefrance.acte.application.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/** The Region's own rules for its Commission permanente and its agreements. */
@ConfigMapping(prefix = "acte.committee")
public interface CommitteeConfig {

    /**
     * The format of a deliberation number, as a regular expression (the Region's numbering):
     * by default {@code CP-2026-12-17-0042}, the session's date and a four-digit sequence.
     */
    @WithDefault("CP-[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9]{4}")
    String deliberationNumberPattern();

    /** An example of that format, shown to whoever types a number that does not follow it. */
    @WithDefault("CP-2026-12-17-0042")
    String deliberationNumberExample();

    /** The realm role of those who hold the President's signature delegation and countersign agreements. */
    @WithDefault("manager")
    String countersignatureRole();

    /** De minimis ceiling per single undertaking over three years (regulation (EU) 2023/2831). */
    @WithDefault("300000.00")
    BigDecimal deMinimisCeiling();
}
