package fr.hautsdefrance.acte.web.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;

/**
 * How long personal data is kept (docs/retention.md), one setting per rule; ISO-8601 periods.
 * The defaults are ACTE's choices; a Region changes them with its data protection officer.
 */
@ConfigMapping(prefix = "acte.retention")
public interface RetentionPeriods {

    /** A draft nobody changed for this long is abandoned: its owners are warned. */
    @WithDefault("P12M")
    Period draftInactivity();

    /** After the warning, the draft is deleted if nobody touched it for this long. */
    @WithDefault("P1M")
    Period draftWarningNotice();

    /** Recours gracieux or contentieux: two months after the decision is notified. */
    @WithDefault("P2M")
    Period appealPeriod();

    /** A refused or withdrawn file is kept this long once it can no longer be appealed. */
    @WithDefault("P5Y")
    Period archivePeriod();

    /** Accounting pieces (bank details of a grant) are kept this long after its last payment. */
    @WithDefault("P10Y")
    Period accountingLimitation();
}
