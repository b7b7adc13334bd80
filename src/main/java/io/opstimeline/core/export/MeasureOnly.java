package io.opstimeline.core.export;

import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.NoDrawing;
import io.opstimeline.core.render.Surface;
import java.util.Set;

/**
 * A surface that draws nothing but measures text like another; for trial layouts. Given a set, it
 * collects the texts that would have been drawn (so the planner knows which titles a page prints
 * in full); a MeasureOnly made over a collecting one collects into the same set.
 */
final class MeasureOnly extends NoDrawing {
    private final Surface measurer;
    private final Set<String> drawn;

    MeasureOnly(Surface measurer) {
        this(measurer, measurer instanceof MeasureOnly m ? m.drawn : null);
    }

    MeasureOnly(Surface measurer, Set<String> drawn) {
        this.measurer = measurer;
        this.drawn = drawn;
    }

    @Override
    public void setFont(FontSpec font) {
        measurer.setFont(font);
    }

    @Override
    public double textWidth(String text) {
        return measurer.textWidth(text);
    }

    /** The clips in force, each the intersection with the one before: a text past a clip's edge is cut. */
    private final java.util.ArrayDeque<double[]> clips = new java.util.ArrayDeque<>();

    @Override
    public void pushClip(double x, double y, double w, double h) {
        double[] outer = clips.peek();
        double left = outer == null ? x : Math.max(x, outer[0]);
        double right = outer == null ? x + w : Math.min(x + w, outer[1]);
        clips.push(new double[] {left, right});
    }

    @Override
    public void popClip() {
        clips.poll();
    }

    @Override
    public void fillText(String text, double x, double baselineY) {
        double[] clip = clips.peek();
        // a title that runs past the lane's edge is printed cut ("Ba"), not whole
        boolean whole = clip == null || (x >= clip[0] - 0.5 && x + textWidth(text) <= clip[1] + 0.5);
        if (drawn != null && whole) {
            drawn.add(text);
        }
    }
}
