package io.sarikata.eval;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.document.TextBlock;
import de.l3s.boilerpipe.document.TextDocument;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.sax.BoilerpipeSAXInput;
import io.sarikata.features.BlockText;
import io.sarikata.model.Label;
import io.sarikata.segment.Block;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Boilerpipe's published ArticleExtractor (Kohlschütter et al., 2010; the boilerpipe 1.2 library itself, not a
 * rewrite). The page's blocks go to it as a simple HTML document, one {@code <p>} per block ({@code <h1>}-{@code <h6>}
 * for an HTML page's headings), HTML-escaped; on an HTML page, the block's share of link text is kept by wrapping
 * that share of its words in a link. A block is body when its text is in a text block the extractor keeps as content.
 */
public final class BoilerpipeArticle implements BlockClassifier {

    public static final String NAME = "boilerpipe_article";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Label[] classify(List<Block> blocks, String portal) {
        Label[] labels = new Label[blocks.size()];
        Arrays.fill(labels, Label.NAV);
        if (blocks.isEmpty()) {
            return labels;
        }
        TextDocument doc;
        try {
            doc = new BoilerpipeSAXInput(new InputSource(new StringReader(html(blocks)))).getTextDocument();
        } catch (BoilerpipeProcessingException | SAXException e) {
            throw new IllegalStateException("boilerpipe could not read the page: " + e.getMessage(), e);
        }
        // Boilerpipe's own blocks before its filters fuse them: each is one of ours, matched in order by text.
        List<TextBlock> parsed = new ArrayList<>(doc.getTextBlocks());
        List<BitSet> parsedElements = new ArrayList<>();
        List<String> parsedTexts = new ArrayList<>();
        for (TextBlock tb : parsed) {
            parsedElements.add((BitSet) tb.getContainedTextElements().clone());
            parsedTexts.add(tb.getText());
        }
        int[] parsedIndexOfBlock = alignByText(blocks, parsedTexts);
        try {
            ArticleExtractor.INSTANCE.process(doc);
        } catch (BoilerpipeProcessingException e) {
            throw new IllegalStateException("boilerpipe failed on the page: " + e.getMessage(), e);
        }
        BitSet content = new BitSet();
        for (TextBlock tb : doc.getTextBlocks()) {
            if (tb.isContent()) {
                content.or(tb.getContainedTextElements());
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            int p = parsedIndexOfBlock[i];
            if (p >= 0 && parsedElements.get(p).intersects(content)) {
                labels[i] = Label.BODY;
            }
        }
        return labels;
    }

    /** One element per block, in order, inside {@code <body>}. */
    static String html(List<Block> blocks) {
        StringBuilder sb = new StringBuilder(64 + blocks.stream().mapToInt(b -> b.text().length() + 16).sum());
        sb.append("<html><head></head><body>\n");
        for (Block b : blocks) {
            String tag = b.headingLevel() >= 1 && b.headingLevel() <= 6 ? "h" + b.headingLevel() : "p";
            sb.append('<').append(tag).append('>');
            String[] words = BlockText.words(b.text());
            int linked = b.hasLinkRatio() ? (int) Math.round(b.linkRatio() * words.length) : 0;
            if (linked > 0) {
                sb.append("<a href=\"#\">");
                for (int w = 0; w < linked; w++) {
                    escape(sb, words[w]).append(w + 1 < linked ? " " : "");
                }
                sb.append("</a>");
                for (int w = linked; w < words.length; w++) {
                    escape(sb.append(' '), words[w]);
                }
            } else {
                escape(sb, b.text());
            }
            sb.append("</").append(tag).append(">\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    /**
     * For each of our blocks, the index of boilerpipe's parsed block that holds its text, or -1. Boilerpipe makes one
     * block per element with collapsed whitespace; an element with no tokens makes none, and its text may then
     * open the next block, so a parsed block can start with the texts of blocks before it.
     */
    static int[] alignByText(List<Block> blocks, List<String> parsedTexts) {
        int[] index = new int[blocks.size()];
        Arrays.fill(index, -1);
        int p = 0;
        String rest = parsedTexts.isEmpty() ? null : collapse(parsedTexts.get(0));
        for (int i = 0; i < blocks.size() && rest != null; i++) {
            String text = collapse(blocks.get(i).text());
            if (rest.equals(text)) {
                index[i] = p;
                p++;
                rest = p < parsedTexts.size() ? collapse(parsedTexts.get(p)) : null;
            } else if (!text.isEmpty() && rest.startsWith(text + " ")) {
                index[i] = p;
                rest = rest.substring(text.length() + 1);
            }
        }
        return index;
    }

    private static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static StringBuilder escape(StringBuilder sb, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb;
    }
}
