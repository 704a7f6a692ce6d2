package dev.aftermath;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, proved on the compiled classes. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.aftermath");
    }

    @Test
    void onlyTheDesktopAppTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackage("dev.aftermath.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void onlyTheWordExporterTouchesPoi() {
        noClasses().that().resideOutsideOfPackage("dev.aftermath.export.docx..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..")
                .check(classes);
    }

    @Test
    void onlyTheSqliteStoreTouchesJdbc() {
        noClasses().that().resideOutsideOfPackage("dev.aftermath.store.sqlite..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void theDomainDependsOnNoOtherLayer() {
        noClasses().that().resideInAnyPackage("dev.aftermath.model..", "dev.aftermath.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.aftermath.importing..",
                        "dev.aftermath.store..", "dev.aftermath.export..", "dev.aftermath.cli..",
                        "dev.aftermath.app..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void draftingStatesFactsFromTheModelAlone() {
        noClasses().that().resideInAPackage("dev.aftermath.drafting..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.aftermath.importing..",
                        "dev.aftermath.store..", "dev.aftermath.export..", "dev.aftermath.bundle..",
                        "dev.aftermath.workspace..", "dev.aftermath.timeline..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void nothingBelowTheEntryPointsDependsOnThem() {
        noClasses().that().resideOutsideOfPackages("dev.aftermath.app..", "dev.aftermath.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.aftermath.cli..", "dev.aftermath.app..")
                .check(classes);
    }

    @Test
    void layersHaveNoCycles() {
        slices().matching("dev.aftermath.(*)..").should().beFreeOfCycles().check(classes);
    }
}
