package fr.hautsdefrance.acte.eligibility;

import fr.hautsdefrance.acte.testing.LayeringRules;
import org.junit.jupiter.api.Test;

class LayeringTest {

    @Test
    void edges_call_services_and_the_domain_depends_on_no_edge() {
        LayeringRules.check("fr.hautsdefrance.acte.eligibility");
    }
}
