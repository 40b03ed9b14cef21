package fr.hautsdefrance.acte.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The layering every service follows: {@code rest} and {@code messaging} are the edges, they call
 * {@code service}, which owns transactions and works on {@code domain}; the domain knows none of them.
 */
public final class LayeringRules {

    private LayeringRules() {
    }

    public static void check(String servicePackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        layers(servicePackage).check(classes);
        domainStaysFreeOfFrameworksAtTheEdges(servicePackage).check(classes);
    }

    private static ArchRule layers(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("rest").definedBy(root + ".rest..")
                .layer("messaging").definedBy(root + ".messaging..")
                .layer("service").definedBy(root + ".service..")
                .layer("client").definedBy(root + ".client..")
                .layer("domain").definedBy(root + ".domain..")
                .whereLayer("rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("rest", "messaging")
                .whereLayer("client").mayOnlyBeAccessedByLayers("service")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("rest", "messaging", "service", "client")
                .allowEmptyShould(true);
    }

    /** The domain speaks neither HTTP nor Kafka. */
    private static ArchRule domainStaysFreeOfFrameworksAtTheEdges(String root) {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.apache.kafka..",
                        "org.eclipse.microprofile.reactive.messaging..", "fr.hautsdefrance.acte.web..",
                        "fr.hautsdefrance.acte.messaging..")
                .allowEmptyShould(true);
    }
}
