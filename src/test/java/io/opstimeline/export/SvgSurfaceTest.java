package io.opstimeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgSurfaceTest {
    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesWellFormedSvgWithEscapedTextExactSizesAndNestedClips() throws Exception {
        System.setProperty("java.awt.headless", "true");
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        SvgSurface s = new SvgSurface(200, 100, new AwtSurface(g, ExportFonts.get()));

        s.pushClip(0, 0, 100, 50);
        s.setFill(Rgb.parse("#c8102e"), 0.5);
        s.fillRect(1, 2, 3, 4);
        s.setFont(new FontSpec(6.5, true));
        s.fillText("Q&A <draft> \"1\"\u0007", 10, 20);
        s.pushClip(5, 5, 10, 10);
        s.setStroke(Rgb.parse("#000000"), 1, 0.75);
        s.setLineDash(2, 3);
        s.line(0, 0, 10, 10);
        // left open on purpose: the document still closes every group

        Document doc = parse(s.document("DejaVu Sans"));

        Element text = (Element)
                doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").item(0);
        assertThat(text.getTextContent()).isEqualTo("Q&A <draft> \"1\"");
        assertThat(text.getAttribute("font-size")).isEqualTo("6.50");
        assertThat(text.getAttribute("font-weight")).isEqualTo("bold");
        Element rect = (Element)
                doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").item(2);
        assertThat(rect.getAttribute("fill")).isEqualTo("#c8102e");
        assertThat(rect.getAttribute("fill-opacity")).isEqualTo("0.50");
        Element line = (Element)
                doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line").item(0);
        assertThat(line.getAttribute("stroke-dasharray")).isEqualTo("2,3");
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "clipPath")
                        .getLength())
                .isEqualTo(2);
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 200 100");
    }
}
