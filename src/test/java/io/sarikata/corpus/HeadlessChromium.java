package io.sarikata.corpus;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium, headless, taking a screenshot of a local file: what a reader's browser makes of a report. The
 * flags are those this machine needs (no sandbox as root, no background networking on a closed network).
 */
public final class HeadlessChromium {

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");

    private HeadlessChromium() {
    }

    /** The browser's path, or null when none is installed. */
    public static String find() {
        return CANDIDATES.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
    }

    /** Renders {@code html} at 1200 x {@code height} and returns the screenshot. */
    public static BufferedImage screenshot(String browser, Path html, Path work, int height)
            throws IOException, InterruptedException {
        Path png = work.resolve("screenshot.png");
        Path profile = Files.createDirectories(work.resolve("chromium-profile"));
        Process p = new ProcessBuilder(browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--hide-scrollbars", "--window-size=1200," + height,
                "--screenshot=" + png, html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in 90 s; see " + work.resolve("chromium.log"));
        }
        if (!Files.exists(png)) {
            throw new IOException("chromium wrote no screenshot (exit " + p.exitValue() + "): "
                    + Files.readString(work.resolve("chromium.log")));
        }
        return ImageIO.read(new File(png.toString()));
    }

    /** Distinct colours in the picture (sampled every 2 pixels): a blank page has one. */
    public static int colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    /** Share of pixels (sampled) that are not the page's white background. */
    public static double inkShare(BufferedImage image) {
        long ink = 0;
        long all = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                all++;
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return (double) ink / all;
    }

    /** Share of pixels (sampled) of one colour, such as a chart's bars. */
    public static double colourShare(BufferedImage image, int rgb) {
        long hits = 0;
        long all = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                all++;
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    hits++;
                }
            }
        }
        return (double) hits / all;
    }
}
