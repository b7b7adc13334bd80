package io.opstimeline.core.export;

import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.NoDrawing;
import java.util.ArrayList;
import java.util.List;

/** Remembers the text drawn and the colour of each filled rectangle; measures text at 0.6 em a char. */
final class RecordingSurface extends NoDrawing {
    record Text(String text, double x, double y, FontSpec font, Rgb color) {}

    record Fill(double x, double y, double w, double h, Rgb color) {}

    final List<Text> texts = new ArrayList<>();
    final List<Fill> fills = new ArrayList<>();
    private FontSpec font = FontSpec.LABEL;
    private Rgb fill = new Rgb(0, 0, 0);

    List<String> strings() {
        return texts.stream().map(Text::text).toList();
    }

    @Override
    public void setFill(Rgb color, double alpha) {
        fill = color;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fills.add(new Fill(x, y, w, h, fill));
    }

    @Override
    public void setFont(FontSpec f) {
        font = f;
    }

    @Override
    public void fillText(String text, double x, double baselineY) {
        texts.add(new Text(text, x, baselineY, font, fill));
    }

    @Override
    public double textWidth(String text) {
        return text.length() * font.size() * 0.6;
    }
}
