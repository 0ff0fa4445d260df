package selfserve.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of architecture.md, checked on the compiled classes: JPMS guards the modules from each other
 * at compile time, but Liberty loads every jar on one class path, so the portal is checked here.
 */
class ArchitectureTest {

    private static final List<String> MODULES = List.of("audit", "identity", "commerce", "licensing", "notifications");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("selfserve");
    }

    @Test
    void theImportSawEveryLayer() {
        for (String module : List.of("audit", "identity", "portal")) {
            if (classes.stream().noneMatch(c -> c.getPackageName().startsWith("selfserve." + module))) {
                throw new AssertionError("no classes of selfserve." + module + " were imported");
            }
        }
    }

    @Test
    void modulesDependInTheDirectionOfTheArchitecture() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true) // commerce, licensing and notifications have no classes yet
                .layer("audit").definedBy("selfserve.audit..")
                .layer("identity").definedBy("selfserve.identity..")
                .layer("commerce").definedBy("selfserve.commerce..")
                .layer("licensing").definedBy("selfserve.licensing..")
                .layer("notifications").definedBy("selfserve.notifications..")
                .layer("portal").definedBy("selfserve.portal..")
                .whereLayer("portal").mayNotBeAccessedByAnyLayer()
                .whereLayer("notifications").mayOnlyBeAccessedByLayers("portal")
                .whereLayer("licensing").mayOnlyBeAccessedByLayers("notifications", "portal")
                .whereLayer("commerce").mayOnlyBeAccessedByLayers("licensing", "notifications", "portal")
                .whereLayer("identity").mayOnlyBeAccessedByLayers("commerce", "licensing", "notifications", "portal")
                .whereLayer("audit").mayOnlyBeAccessedByLayers("identity", "commerce", "licensing", "notifications", "portal")
                .check(classes);
    }

    @Test
    void thePortalTouchesOnlyTheModulesApis() {
        noClasses().that().resideInAPackage("selfserve.portal..")
                .should().dependOnClassesThat().resideInAnyPackage("selfserve.*.domain..", "selfserve.*.internal..")
                .check(classes);
    }

    @Test
    void modulesTouchOnlyEachOthersApis() {
        for (String module : MODULES) {
            for (String other : MODULES) {
                if (!module.equals(other)) {
                    noClasses().that().resideInAPackage("selfserve." + module + "..")
                            .should().dependOnClassesThat()
                            .resideInAnyPackage("selfserve." + other + ".domain..", "selfserve." + other + ".internal..")
                            .allowEmptyShould(true)
                            .check(classes);
                }
            }
        }
    }

    @Test
    void apisDoNotLeakTheirModulesInsides() {
        noClasses().that().resideInAPackage("selfserve.*.api..")
                .should().dependOnClassesThat().resideInAnyPackage("selfserve.*.domain..", "selfserve.*.internal..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("selfserve.(**)").should().beFreeOfCycles().check(classes);
    }
}
