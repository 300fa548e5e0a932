package io.sarikata.model;

import io.sarikata.segment.Block;

import java.util.ArrayList;
import java.util.List;

/**
 * A hand-labelled page: one row per non-empty line, {@code body<TAB>text} or {@code nav<TAB>text}, in page order.
 * A row may also be a bare label ({@code body} or {@code nav}): then only the number of blocks is checked, so
 * labels for pages one may not copy (a {@code .labels} file) carry no text of theirs.
 */
public record GoldPage(String name, List<Label> labels, List<String> texts) implements java.io.Serializable {

    public static GoldPage parse(String name, String tsv) {
        List<Label> labels = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int lineNumber = 0;
        for (String line : tsv.split("\r?\n", -1)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            try {
                labels.add(Label.parse(tab < 0 ? line : line.substring(0, tab)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " line " + lineNumber + ": expected body|nav<TAB>text: " + e.getMessage(), e);
            }
            texts.add(tab < 0 ? null : line.substring(tab + 1).strip());
        }
        return new GoldPage(name, List.copyOf(labels), new ArrayList<>(texts));
    }

    /** The gold label of each block, checking that the gold file describes exactly these blocks. */
    public Label[] alignTo(List<Block> blocks) {
        if (blocks.size() != texts.size()) {
            throw new IllegalArgumentException("gold " + name + " has " + texts.size() + " rows but the page has "
                    + blocks.size() + " blocks");
        }
        Label[] aligned = new Label[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            if (texts.get(i) != null && !blocks.get(i).text().equals(texts.get(i))) {
                throw new IllegalArgumentException("gold " + name + " row " + (i + 1) + " is '" + texts.get(i)
                        + "' but block " + (i + 1) + " of the page is '" + blocks.get(i).text() + "'");
            }
            aligned[i] = labels.get(i);
        }
        return aligned;
    }

    /** The name gold files and pages share: the file or archive member name without folders and extensions. */
    public static String stemOf(String source) {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('!')) + 1);
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
