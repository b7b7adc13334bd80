package io.opstimeline.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering we promise in docs/architecture.md, held by a test rather than by hope. */
@AnalyzeClasses(packages = "io.opstimeline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsFreeOfToolkits = noClasses().that().resideInAPackage("io.opstimeline.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                    "io.opstimeline.ui..", "io.opstimeline.cli..")
            .because("the core is tested without a display and shared by screen, export and command line");

    @ArchTest
    static final ArchRule viewsDoNotReachIntoLoaderInternals = noClasses().that().resideInAPackage("io.opstimeline.ui..")
            .should().dependOnClassesThat().haveSimpleNameStartingWith("LocatedJson")
            .orShould().dependOnClassesThat().haveSimpleNameStartingWith("SchemaCheck")
            .orShould().dependOnClassesThat().haveSimpleNameStartingWith("DatasetReader")
            .because("views ask the loader for a Dataset; how it parses is its own business");

    @ArchTest
    static final ArchRule uiPackagesHaveNoCycles = slices().matching("io.opstimeline.ui.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule exportAndCliDoNotDependOnTheGui = noClasses().that()
            .resideInAnyPackage("io.opstimeline.export..", "io.opstimeline.core..")
            .should().dependOnClassesThat().resideInAnyPackage("io.opstimeline.ui..", "io.opstimeline.cli..")
            .because("exports run headless from the command line with the same code as the GUI");

    @ArchTest
    static final ArchRule corePackagesHaveNoCycles = slices().matching("io.opstimeline.core.(*)..")
            .should().beFreeOfCycles();
}
