package io.opstimeline.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layering we promise in docs/architecture.md, held by a test rather than by hope. The rules
 * are checked by plain JUnit tests: ArchUnit's own test engine was found to run none of them under
 * this build's JUnit Platform (0 tests reported, a planted violation passed).
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("io.opstimeline");

    static final ArchRule coreIsFreeOfToolkits = noClasses()
            .that()
            .resideInAPackage("io.opstimeline.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..", "java.awt..", "javax.swing..", "io.opstimeline.ui..", "io.opstimeline.cli..")
            .because("the core is tested without a display and shared by screen, export and command line");

    static final ArchRule viewsDoNotReachIntoLoaderInternals = noClasses()
            .that()
            .resideInAPackage("io.opstimeline.ui..")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameStartingWith("LocatedJson")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleNameStartingWith("SchemaCheck")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleNameStartingWith("DatasetReader")
            .because("views ask the loader for a Dataset; how it parses is its own business");

    static final ArchRule uiPackagesHaveNoCycles =
            slices().matching("io.opstimeline.ui.(*)..").should().beFreeOfCycles();

    static final ArchRule exportAndCliDoNotDependOnTheGui = noClasses()
            .that()
            .resideInAnyPackage("io.opstimeline.export..", "io.opstimeline.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.opstimeline.ui..", "io.opstimeline.cli..")
            .because("exports run headless from the command line with the same code as the GUI");

    static final ArchRule corePackagesHaveNoCycles =
            slices().matching("io.opstimeline.core.(*)..").should().beFreeOfCycles();

    static java.util.stream.Stream<ArchRule> rules() {
        return java.util.stream.Stream.of(
                coreIsFreeOfToolkits,
                viewsDoNotReachIntoLoaderInternals,
                uiPackagesHaveNoCycles,
                exportAndCliDoNotDependOnTheGui,
                corePackagesHaveNoCycles);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void holds(ArchRule rule) {
        assertThat(CLASSES.size()).as("classes imported").isGreaterThan(100);
        rule.check(CLASSES);
    }
}
