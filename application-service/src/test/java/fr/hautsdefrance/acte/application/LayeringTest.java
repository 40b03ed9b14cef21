package fr.hautsdefrance.acte.application;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.hautsdefrance.acte.testing.LayeringRules;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class LayeringTest {

    private static final String ROOT = "fr.hautsdefrance.acte.application";

    @Test
    void edges_call_services_and_the_domain_depends_on_no_edge_and_no_package_cycle_remains() {
        LayeringRules.checkWithoutCycles(ROOT);
    }

    @Test
    void the_portal_goes_through_the_services_never_through_another_services_client() {
        noClasses().that().resideInAPackage(ROOT + ".portal..")
                .should().dependOnClassesThat().areAnnotatedWith(RegisterRestClient.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Client")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(ROOT));
    }
}
