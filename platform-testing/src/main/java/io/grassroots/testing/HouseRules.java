package io.grassroots.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;

/**
 * The house rules of ARCHITECTURE.md as ArchUnit checks, shared by every application's
 * architecture test so that each service is held to the same rules.
 */
public final class HouseRules {
    private final String root;
    private final JavaClasses classes;

    private HouseRules(String root) {
        this.root = root;
        this.classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
    }

    /** The production classes under an application's root package, e.g. {@code io.grassroots.share}. */
    public static HouseRules of(String root) {
        return new HouseRules(root);
    }

    /**
     * No feature package depends on another that depends back on it, however long the loop; nor does
     * any package, sub-packages included (a feature and its pure core), depend back on one that uses it.
     */
    public void featuresAreFreeOfCycles() {
        slices().matching(root + ".(*)..").namingSlices("$1").should().beFreeOfCycles().check(classes);
        slices().matching(root + ".(**)").namingSlices("$1").should().beFreeOfCycles().check(classes);
    }

    /**
     * Resources speak HTTP; the database is reached through services, repositories and queries, so a
     * resource names no EntityManager, repository, Panache type, JDBC type or transaction.
     */
    public void resourcesDoNotReachTheDatabase() {
        noClasses().that().haveSimpleNameEndingWith("Resource").should().dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAnyPackage("io.quarkus.hibernate.orm.panache..",
                        "io.quarkus.panache..", "java.sql..", "javax.sql..", "io.agroal..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
                .because("a resource reaches the database only through its feature's service or query classes")
                .check(classes);
    }

    /** The named packages (merge engine, rules, arithmetic) are plain Java: no framework leaks in. */
    public void domainIsPure(String... subpackages) {
        String[] packages = Arrays.stream(subpackages).map(p -> root + "." + p + "..").toArray(String[]::new);
        noClasses().that().resideInAnyPackage(packages).should().dependOnClassesThat()
                .resideInAnyPackage("io.quarkus..", "jakarta.persistence..", "org.hibernate..",
                        "com.fasterxml.jackson..", "jakarta.enterprise..", "jakarta.inject..", "jakarta.ws.rs..",
                        "io.smallrye..", "io.vertx..", "jakarta.transaction..")
                .because("the pure domain is unit-tested without Quarkus and must not need it")
                .check(classes);
    }
}
