package dev.chipex.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the domain free of frameworks and I/O adapters: they belong in the outer modules. */
class ArchitectureTest {
    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.chipex.core");

    @Test
    void core_dependsOnNoCliHttpJdbcOrJsonFramework() {
        noClasses().that().resideInAPackage("dev.chipex.core..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "io.javalin..", "java.sql..",
                        "javax.sql..", "com.fasterxml.jackson.databind..")
                .because("the core is the pure domain; frameworks live in chipex-cli, chipex-server and the ledger")
                .check(core);
    }

    @Test
    void core_dependsOnNoOtherChipexModule() {
        noClasses().that().resideInAPackage("dev.chipex.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.chipex.cli..", "dev.chipex.server..",
                        "dev.chipex.ledger..", "dev.chipex.sim..")
                .because("dependencies point inward to chipex-core (ARCHITECTURE.md §3)")
                .check(core);
    }
}
