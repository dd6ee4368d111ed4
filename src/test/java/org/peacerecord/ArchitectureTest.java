package org.peacerecord;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Package-by-feature boundaries: value types depend on no feature, features form no cycles, controllers stay private to their feature. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.peacerecord");

    @Test
    void sharedValueTypesDependOnNoFeature() {
        classes().that().resideInAPackage("org.peacerecord.shared..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.peacerecord.shared..", "java..", "jakarta.persistence..", "jakarta.validation..",
                        "org.hibernate.annotations..")
                .check(CLASSES);
    }

    @Test
    void provenanceDependsOnlyOnSharedTypes() {
        noClasses().that().resideInAPackage("org.peacerecord.source..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.peacerecord.mission..", "org.peacerecord.contribution..", "org.peacerecord.training..",
                        "org.peacerecord.person..", "org.peacerecord.milestone..", "org.peacerecord.figure..",
                        "org.peacerecord.theme..", "org.peacerecord.region..")
                .check(CLASSES);
    }

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("org.peacerecord.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** The abstract admin controller is shared infrastructure (each feature subclasses it), not a feature's controller. */
    @Test
    void controllersAreNotUsedOutsideTheirFeature() {
        classes().that().haveSimpleNameEndingWith("Controller")
                .and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .should().notBePublic()
                .check(CLASSES);
    }

    /** The shared admin infrastructure knows no feature: features plug into it with their RecordAdmin. */
    @Test
    void adminInfrastructureDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.peacerecord.admin..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.peacerecord.mission..", "org.peacerecord.contribution..", "org.peacerecord.training..",
                        "org.peacerecord.person..", "org.peacerecord.milestone..", "org.peacerecord.figure..",
                        "org.peacerecord.theme..", "org.peacerecord.region..", "org.peacerecord.web..")
                .check(CLASSES);
    }
}
