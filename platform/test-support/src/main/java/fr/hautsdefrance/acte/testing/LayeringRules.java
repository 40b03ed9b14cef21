package fr.hautsdefrance.acte.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering every service follows: {@code rest}, {@code messaging} and, where there is one, the
 * server-rendered {@code portal} are the edges, they call {@code service}, which owns transactions
 * and works on {@code domain}; the domain knows none of them, and no edge knows another.
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

    /**
     * The same, and no cycle between the service's packages (a service that publishes events keeps
     * their payloads out of {@code messaging}, which calls it).
     */
    public static void checkWithoutCycles(String servicePackage) {
        check(servicePackage);
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        slices().matching(servicePackage + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
    }

    private static ArchRule layers(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("rest").definedBy(root + ".rest..")
                .layer("portal").definedBy(root + ".portal..")
                .layer("messaging").definedBy(root + ".messaging..")
                .layer("service").definedBy(root + ".service..")
                .layer("client").definedBy(root + ".client..")
                .layer("domain").definedBy(root + ".domain..")
                .whereLayer("rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("portal").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("rest", "portal", "messaging")
                // the portal still renders other services' records (payments, notices, communes) as the
                // clients read them; it never calls a client
                .whereLayer("client").mayOnlyBeAccessedByLayers("service", "portal")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("rest", "portal", "messaging", "service", "client")
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
