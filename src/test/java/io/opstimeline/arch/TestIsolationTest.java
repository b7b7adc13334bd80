package io.opstimeline.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.opstimeline.ui.MainWindow;
import io.opstimeline.ui.Settings;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** No test reaches the user's real preferences: tests take their settings from TestSettings. */
class TestIsolationTest {
    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(new ImportOption.OnlyIncludeTests())
            .importPackages("io.opstimeline");

    @Test
    void noTestOpensTheUsersPreferences() {
        noClasses()
                .should()
                .callMethod(Settings.class, "user")
                .orShould()
                .callConstructor(MainWindow.class, Consumer.class)
                .orShould()
                .callMethod(Preferences.class, "userRoot")
                .orShould()
                .callMethod(Preferences.class, "systemRoot")
                .because("a test must not read or change the user's settings; use TestSettings.fresh()")
                .check(TESTS);
    }
}
