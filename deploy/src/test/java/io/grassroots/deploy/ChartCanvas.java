package io.grassroots.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/** An ECharts chart on a page, checked by its canvas's pixels: drawn with its data, not empty or axes alone. */
final class ChartCanvas {
    /** The ECharts charts' legends lie in this band at the top (CSS pixels); the data below it. */
    static final int LEGEND = 30;
    /**
     * The opaque pixels of a canvas, below the legend band, in one of the given colours (give or take
     * the anti-aliasing): what the chart's data is drawn in, not its grey axes, grid lines and labels.
     */
    private static final String DATA_PIXELS = """
            const [c, top, colours] = arguments;
            const y = Math.min(c.height, Math.floor(top * c.height / c.clientHeight));
            if (y >= c.height) { return 0; }
            const d = c.getContext('2d').getImageData(0, y, c.width, c.height - y).data;
            const rgb = colours.map((h) => [1, 3, 5].map((i) => parseInt(h.substr(i, 2), 16)));
            let n = 0;
            for (let i = 0; i < d.length; i += 4) {
              if (d[i + 3] > 200 && rgb.some(([r, g, b]) => Math.abs(d[i] - r) <= 24
                  && Math.abs(d[i + 1] - g) <= 24 && Math.abs(d[i + 2] - b) <= 24)) { n++; }
            }
            return n;""";

    private ChartCanvas() {
    }

    /** See {@link Browser#assertDrawn(String, String...)}. */
    static void assertDrawn(Browser browser, WebElement container, String... seriesColours) {
        WebElement canvas = browser.await(d -> container.findElements(By.tagName("canvas")).stream().findFirst()
                .orElse(null));
        Dimension size = canvas.getSize();
        assertTrue(size.getWidth() > 100 && size.getHeight() > 100, "drawn at " + size);
        // The bars grow and the line runs in over a moment: wait for them rather than count the first frame.
        try {
            browser.await(d -> dataPixels(browser, canvas, seriesColours) > 20);
        } catch (TimeoutException e) {
            String id = container.getAttribute("id");
            String chart = id == null || id.isEmpty() ? container.getAttribute("aria-label") : "#" + id;
            throw new AssertionError("the chart " + chart + " shows no data in "
                    + List.of(seriesColours) + ": " + dataPixels(browser, canvas, seriesColours) + " pixels", e);
        }
    }

    private static int dataPixels(Browser browser, WebElement canvas, String... colours) {
        return ((Number) browser.script(DATA_PIXELS, canvas, LEGEND, List.of(colours))).intValue();
    }
}
