package dev.aftermath.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.aftermath.store.IncidentStore;
import dev.aftermath.workspace.ExportService;
import dev.aftermath.workspace.ImportService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The desktop app's own layering: ViewModels and edits hold state and call services, Views hold nodes. */
class ViewModelRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.aftermath.app");
    }

    @Test
    void viewModelsAndEditsNeverTouchScenesOrStages() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().resideInAPackage("dev.aftermath.app.history..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "atlantafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void onlyViewModelsAndTheCompositionRootCallServices() {
        DescribedPredicate<JavaClass> services = JavaClass.Predicates.assignableTo(IncidentStore.class)
                .or(JavaClass.Predicates.belongToAnyOf(ImportService.class, ExportService.class));
        noClasses().that().haveNameNotMatching(".*ViewModel(\\$.*)?")
                .and().doNotBelongToAnyOf(AppContext.class, AftermathApp.class)
                .should().dependOnClassesThat(services)
                .check(classes);
    }
}
