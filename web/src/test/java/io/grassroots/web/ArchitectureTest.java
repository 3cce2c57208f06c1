package io.grassroots.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The console keeps ARCHITECTURE.md's house rules: no cycles between its feature packages, and it
 * owns no data (nothing in it reaches a database).
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.grassroots.web");

    @Test
    void noFeaturePackageDependsBackOnAnotherThatDependsOnIt() {
        slices().matching("io.grassroots.web.(*)..").namingSlices("$1").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theConsoleOwnsNoDataAndReachesNoDatabase() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..",
                "io.quarkus.hibernate..", "io.agroal..").check(CLASSES);
    }
}
