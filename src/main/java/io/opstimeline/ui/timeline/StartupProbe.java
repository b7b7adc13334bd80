package io.opstimeline.ui.timeline;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up measurement hooks (docs/architecture.md, "Start-up"), both off by default:
 * {@code -Dopstimeline.firstFrameProbe=true} prints {@code first_frame_ms} (JVM start to the first
 * timeline frame with records drawn) on stderr; {@code -Dopstimeline.exitAfterFirstFrame=true} also
 * waits until that frame has been rendered, prints {@code first_frame_shown_ms} and halts the JVM, so
 * a whole-process timer (/usr/bin/time, repeated runs) measures start to first frame.
 */
final class StartupProbe {
    static final boolean EXIT = Boolean.getBoolean("opstimeline.exitAfterFirstFrame");
    static final boolean PRINT = EXIT || Boolean.getBoolean("opstimeline.firstFrameProbe");
    private static boolean reported;

    private StartupProbe() {
    }

    /** Called on every frame with records; acts on the first only. */
    static void frameDrawn(Scene scene) {
        if (reported || !PRINT) {
            return;
        }
        reported = true;
        System.err.println("first_frame_ms=" + sinceStart());
        if (EXIT && scene != null) {
            // The canvas commands drawn now are rendered by the next pulse; the pulse after it
            // cannot start before that render has finished, so halting there means "on screen".
            int[] pulses = {0};
            scene.addPostLayoutPulseListener(() -> {
                if (++pulses[0] == 2) {
                    System.err.println("first_frame_shown_ms=" + sinceStart());
                    System.err.flush();
                    Runtime.getRuntime().halt(0);
                }
                Platform.requestNextPulse();
            });
            Platform.requestNextPulse();
        }
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
