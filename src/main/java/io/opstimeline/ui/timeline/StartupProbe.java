package io.opstimeline.ui.timeline;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up measurement hooks (docs/architecture.md, "Start-up"), all off by default:
 * {@code -Dopstimeline.firstFrameProbe=true} prints {@code first_frame_ms} (JVM start to the first
 * timeline frame with records drawn) on stderr; {@code -Dopstimeline.exitAfterFirstFrame=true} also
 * waits until that frame has been rendered, prints {@code first_frame_shown_ms} and halts the JVM, so
 * a whole-process timer (/usr/bin/time, repeated runs) measures start to first frame;
 * {@code =workbench} instead halts once the whole workbench has been rendered
 * ({@code workbench_shown_ms}).
 */
public final class StartupProbe {
    private static final String EXIT = System.getProperty("opstimeline.exitAfterFirstFrame", "false");
    private static final boolean EXIT_AT_FRAME = "true".equals(EXIT);
    private static final boolean EXIT_AT_WORKBENCH = "workbench".equals(EXIT);
    static final boolean PRINT =
            EXIT_AT_FRAME || EXIT_AT_WORKBENCH || Boolean.getBoolean("opstimeline.firstFrameProbe");
    private static boolean reported;

    private StartupProbe() {}

    /** Called on every frame with records; acts on the first only. */
    static void frameDrawn() {
        if (!reported) {
            reported = true;
            System.err.println("first_frame_ms=" + sinceStart());
        }
    }

    /** Called by the start-up in the pulse after the first frame, before the rest of the workbench is placed. */
    public static void firstPulseDone(TimelineView timeline) {
        if (EXIT_AT_FRAME) {
            haltAfterRender(timeline, "first_frame_shown_ms");
        }
    }

    /** Called once the start-up has put the whole workbench in the scene. */
    public static void workbenchPlaced(Scene scene, TimelineView timeline) {
        if (EXIT_AT_WORKBENCH) {
            // the next pulse styles, lays out and draws the workbench; the one after may halt
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> Platform.requestNextPulse());
                scene.addPostLayoutPulseListener(() -> haltAfterRender(timeline, "workbench_shown_ms"));
            };
            scene.addPostLayoutPulseListener(listener[0]);
        }
    }

    /**
     * Called after the layout of a pulse: what the previous pulse drew may still be rendering. A
     * pulse waits for that render before copying its own changes, but only if it has changes, so
     * the timeline is redrawn (the same picture) to make sure this one waits; what runs after the
     * pulse then runs after the previous frame is on screen.
     */
    private static void haltAfterRender(TimelineView timeline, String label) {
        timeline.redraw();
        Platform.runLater(() -> {
            System.err.println(label + "=" + sinceStart());
            System.err.flush();
            Runtime.getRuntime().halt(0);
        });
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
