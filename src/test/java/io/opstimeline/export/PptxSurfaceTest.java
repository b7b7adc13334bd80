package io.opstimeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.model.Rgb;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFFreeformShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What PowerPoint gets when the page draws a map: shapes cut to the clip it cannot express, coasts as chains. */
class PptxSurfaceTest {
    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private interface Drawing {
        void on(PptxSurface s);
    }

    private static java.util.List<XSLFShape> draw(Drawing d) throws Exception {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try (XMLSlideShow ppt = new XMLSlideShow()) {
            XSLFSlide slide = ppt.createSlide();
            PptxSurface s = new PptxSurface(slide, new AwtSurface(g, ExportFonts.get()), "DejaVu Sans");
            s.setFill(Rgb.parse("#f7f5ef"), 1);
            s.setStroke(Rgb.parse("#8c9aa8"), 1, 1);
            d.on(s);
            s.flush();
            return slide.getShapes();
        } finally {
            g.dispose();
        }
    }

    @Test
    void landReachingPastTheClipIsCutToItSinceASlideHasNoClip() throws Exception {
        var shapes = draw(s -> {
            s.pushClip(100, 100, 200, 150);
            s.fillPolygon(new double[] {0, 600, 600, 0}, new double[] {120, 50, 500, 400});
            s.popClip();
        });

        assertThat(shapes).hasSize(1);
        Rectangle2D r = shapes.get(0).getAnchor();
        assertThat(r.getMinX()).isGreaterThanOrEqualTo(99.9);
        assertThat(r.getMinY()).isGreaterThanOrEqualTo(99.9);
        assertThat(r.getMaxX()).isLessThanOrEqualTo(300.1);
        assertThat(r.getMaxY()).isLessThanOrEqualTo(250.1);
    }

    @Test
    void aCoastDrawnSegmentBySegmentIsOneFreeformAndALoneTickStaysAConnector() throws Exception {
        var shapes = draw(s -> {
            double[] xs = {10, 20, 35, 40, 52, 60};
            double[] ys = {10, 14, 12, 20, 25, 22};
            for (int i = 0; i + 1 < xs.length; i++) {
                s.line(xs[i], ys[i], xs[i + 1], ys[i + 1]);
            }
            s.line(100, 0, 100, 8);
        });

        assertThat(shapes).hasSize(2);
        assertThat(shapes.get(0)).isInstanceOf(XSLFFreeformShape.class);
        assertThat(shapes.get(0).getAnchor().getWidth()).isCloseTo(50, org.assertj.core.data.Offset.offset(0.5));
        assertThat(shapes.get(1)).isInstanceOf(XSLFConnectorShape.class);
    }
}
