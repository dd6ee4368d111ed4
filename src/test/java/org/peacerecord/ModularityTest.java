package org.peacerecord;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature modules' boundaries, verified by Spring Modulith: each direct sub-package of org.peacerecord is a
 * module; others may use only its base package (and its named interfaces, such as {@code admin.form}), never its
 * sub-packages (a feature's {@code admin} package) or its package-private types (repositories, queries); and no
 * two modules depend on each other in a cycle. Writes the module documentation (diagrams and a canvas per module)
 * to target/spring-modulith-docs.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(PeaceRecordApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyFeatureIsAModule() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("admin", "contribution", "figure", "milestone", "mission", "person", "region", "source",
                        "theme", "training", "timeline", "overview", "search", "web", "shared");
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
