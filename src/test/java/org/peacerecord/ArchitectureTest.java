package org.peacerecord;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * What Spring Modulith does not check (module boundaries and cycles: see {@link ModularityTest}): the value types
 * every feature shares depend on nothing but the JDK and JPA, and controllers stay private to their feature.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.peacerecord");

    @Test
    void sharedValueTypesDependOnlyOnTheJdkAndJpa() {
        classes().that().resideInAPackage("org.peacerecord.shared..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.peacerecord.shared..", "java..", "jakarta.persistence..", "jakarta.validation..",
                        "org.hibernate.annotations..")
                .check(CLASSES);
    }

    /** The abstract editor controller is shared infrastructure (each feature subclasses it), not a feature's controller. */
    @Test
    void controllersAreNotUsedOutsideTheirFeature() {
        classes().that().haveSimpleNameEndingWith("Controller")
                .and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .should().notBePublic()
                .check(CLASSES);
    }
}
