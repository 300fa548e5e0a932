package io.sarikata.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, no script, nothing fetched) with a bar chart for
 * each of pages and body share per portal, block scores, blocks per page, duplicate cluster sizes and languages.
 */
public final class HtmlReport {

    private static final int WIDTH = 560;
    private static final int BAR_AREA = 200;
    private static final String[] PALETTE = {"#2b6cb0", "#2f855a", "#c05621", "#6b46c1", "#b83280", "#2c7a7b"};

    private HtmlReport() {
    }

    public static String render(CorpusSummary s) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sarikata snapshot ")
                .append(escape(s.runId())).append("</title>\n<style>body{font-family:sans-serif;margin:24px;color:#1a202c;"
                        + "background:#fff}h1{font-size:22px}h2{font-size:16px;margin:4px 0}.grid{display:flex;flex-wrap:wrap;"
                        + "gap:20px}.card{border:1px solid #cbd5e0;border-radius:6px;padding:12px;background:#f7fafc}"
                        + "table{border-collapse:collapse}td,th{padding:2px 10px;text-align:right;border-bottom:1px solid #e2e8f0}"
                        + "th:first-child,td:first-child{text-align:left}</style></head><body>\n");
        html.append("<h1>Sarikata snapshot ").append(escape(s.runId())).append("</h1>\n<p>")
                .append(s.documents()).append(" documents, ").append(s.rejects()).append(" rejects, ")
                .append(s.clusters()).append(" near-duplicate clusters holding ").append(s.documentsInClusters())
                .append(" documents (").append(s.distinctDocuments()).append(" distinct). Model <code>")
                .append(escape(s.modelId())).append("</code>. Built ").append(escape(s.builtAt())).append(".</p>\n");
        html.append("<div class=\"grid\">\n");
        html.append(card("Pages per portal", bars(longs(s.pagesByPortal()), "%.0f")));
        html.append(card("Body share of blocks per portal", bars(doubles(s.bodyShareByPortal()), "%.2f")));
        List<Map.Entry<String, Double>> scores = new ArrayList<>();
        int bins = s.scoreHistogram().length;
        for (int i = 0; i < bins; i++) {
            scores.add(Map.entry(String.format(Locale.ROOT, "%.2f", (double) i / bins), (double) s.scoreHistogram()[i]));
        }
        html.append(card("Blocks by score (probability of body)", bars(scores, "%.0f")));
        html.append(card("Pages by blocks per page", bars(longs(s.blocksPerPage()), "%.0f")));
        List<Map.Entry<String, Double>> sizes = new ArrayList<>();
        s.duplicateClusterSizes().forEach((size, n) -> sizes.add(Map.entry(size + " docs", (double) n)));
        html.append(card("Near-duplicate clusters by size", sizes.isEmpty() ? "<p>No near-duplicates.</p>"
                : bars(sizes, "%.0f")));
        html.append(card("Documents per language", bars(longs(s.languages()), "%.0f")));
        html.append("</div>\n");
        html.append("<h2 style=\"margin-top:20px\">Per portal</h2>\n<table><tr><th>portal</th><th>documents</th>"
                + "<th>body share</th><th>languages</th></tr>\n");
        s.pagesByPortal().forEach((portal, n) -> html.append("<tr><td>").append(escape(portal)).append("</td><td>").append(n)
                .append("</td><td>").append(String.format(Locale.ROOT, "%.2f", s.bodyShareByPortal().getOrDefault(portal, 0.0)))
                .append("</td><td>").append(escape(String.valueOf(s.languagesByPortal().getOrDefault(portal, Map.of()))))
                .append("</td></tr>\n"));
        html.append("</table>\n</body></html>\n");
        return html.toString();
    }

    private static String card(String title, String body) {
        return "<div class=\"card\"><h2>" + escape(title) + "</h2>" + body + "</div>\n";
    }

    private static List<Map.Entry<String, Double>> longs(Map<String, Long> values) {
        List<Map.Entry<String, Double>> list = new ArrayList<>();
        values.forEach((k, v) -> list.add(Map.entry(k, v.doubleValue())));
        return list;
    }

    private static List<Map.Entry<String, Double>> doubles(Map<String, Double> values) {
        return new ArrayList<>(values.entrySet());
    }

    /** A vertical bar chart: one bar per entry, its value above it and its label below, rotated when many. */
    static String bars(List<Map.Entry<String, Double>> entries, String valueFormat) {
        if (entries.isEmpty()) {
            return "<p>Nothing to show.</p>";
        }
        double max = entries.stream().mapToDouble(Map.Entry::getValue).max().orElse(0);
        int n = entries.size();
        double slot = (double) (WIDTH - 40) / n;
        double barWidth = Math.max(2, slot * 0.8);
        boolean rotate = n > 8;
        int labelSpace = rotate ? 90 : 24;
        int height = BAR_AREA + 20 + labelSpace;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\">");
        svg.append("<line x1=\"30\" y1=\"").append(BAR_AREA + 16).append("\" x2=\"").append(WIDTH - 6).append("\" y2=\"")
                .append(BAR_AREA + 16).append("\" stroke=\"#4a5568\"/>");
        for (int i = 0; i < n; i++) {
            Map.Entry<String, Double> e = entries.get(i);
            double h = max <= 0 ? 0 : e.getValue() / max * (BAR_AREA - 10);
            double x = 34 + i * slot;
            double y = BAR_AREA + 16 - h;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                    + "<title>%s: %s</title></rect>", x, y, barWidth, h, PALETTE[i % PALETTE.length], escape(e.getKey()),
                    String.format(Locale.ROOT, valueFormat, e.getValue())));
            if (n <= 24) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
                        x + barWidth / 2, y - 3, String.format(Locale.ROOT, valueFormat, e.getValue())));
            }
            double lx = x + barWidth / 2;
            double ly = BAR_AREA + 28;
            svg.append(rotate
                    ? String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" "
                    + "transform=\"rotate(-60 %.1f %.1f)\">%s</text>", lx, ly, lx, ly, escape(e.getKey()))
                    : String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                    lx, ly, escape(e.getKey())));
        }
        svg.append("</svg>");
        return svg.toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
