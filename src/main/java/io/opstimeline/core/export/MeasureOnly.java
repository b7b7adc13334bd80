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

    @Override
    public void fillText(String text, double x, double baselineY) {
        if (drawn != null) {
            drawn.add(text);
        }
    }
}
