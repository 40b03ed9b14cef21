package fr.hautsdefrance.acte.application;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.testing.LayeringRules;
import jakarta.persistence.Entity;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaFieldAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
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

    /**
     * The edges change a file or an organisation through commands the services check and the aggregates'
     * own methods: never by writing an entity's field.
     */
    @Test
    void rest_and_portal_never_write_an_entitys_field_and_the_aggregates_keep_theirs_private() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        noClasses().that().resideInAnyPackage(ROOT + ".rest..", ROOT + ".portal..")
                .should().setFieldWhere(target(owner(annotatedWith(Entity.class))))
                .check(classes);
        fields().that().areDeclaredIn(Application.class).or().areDeclaredIn(Organisation.class)
                .and().areNotStatic().should().notBePublic()
                .check(classes);
    }
}
