package io.opstimeline.core.export;

import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.NoDrawing;
import io.opstimeline.core.render.Surface;

/** A surface that draws nothing but measures text like another; for trial layouts. */
final class MeasureOnly extends NoDrawing {
    private final Surface measurer;

    MeasureOnly(Surface measurer) {
        this.measurer = measurer;
    }

    @Override
    public void setFont(FontSpec font) {
        measurer.setFont(font);
    }

    @Override
    public double textWidth(String text) {
        return measurer.textWidth(text);
    }
}
