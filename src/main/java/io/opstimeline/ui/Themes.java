package io.opstimeline.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** AtlantaFX's Primer themes for the controls; the canvases follow through core.render.Theme. */
final class Themes {
    private Themes() {}

    static void apply(boolean dark) {
        Application.setUserAgentStylesheet(
                dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }
}
