package io.sarikata.page;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns an HTML page into text blocks, the HTML counterpart of a text page's lines.
 *
 * <p>The rules are fixed because gold files depend on them: the body is walked in document order; a block
 * starts and ends at every block-level element in {@link #BLOCK_TAGS} and at every {@code <br>}; inline tags
 * do not split; a block's text has whitespace runs collapsed to one space and is trimmed; empty blocks are
 * dropped; elements in {@link #IGNORED_TAGS} are skipped with everything inside them.
 *
 * <p>Each block also records the heading level (1-6) of the {@code <h1>}-{@code <h6>} it stands in, or 0.
 *
 * <p>Link ratio: characters inside {@code <a>} divided by all characters of the block, both counted on the
 * collapsed text. A collapsed space counts as link text only when every whitespace character it replaces was
 * inside a link, so in {@code Baca juga: <a>Harga Cabai Turun</a>} the space before the link is not link text.
 */
public final class HtmlBlocks {

    static final Set<String> IGNORED_TAGS = Set.of("head", "script", "style", "noscript", "template", "svg", "iframe");

    static final Set<String> BLOCK_TAGS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th", "blockquote", "pre",
            "figcaption", "caption", "div", "section", "article", "header", "footer", "nav", "aside", "main",
            "ul", "ol", "dl", "table", "tr", "form", "address", "hr", "figure");

    private HtmlBlocks() {
    }

    public static HtmlLines extract(String html) {
        Element body = Jsoup.parse(html).body();
        BlockCollector collector = new BlockCollector();
        if (body != null) {
            NodeTraversor.filter(collector, body);
        }
        collector.endBlock();
        return collector.lines();
    }

    /**
     * HTML's collapsible whitespace plus the no-break space, the same set Jsoup's {@code Element.text()}
     * collapses, so "Jakarta&amp;nbsp;-&amp;nbsp;Harga" reads as "Jakarta - Harga".
     */
    static boolean isCollapsibleWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0';
    }

    /** 1 to 6 for h1 to h6, 0 for any other tag. */
    static int headingLevel(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6' ? tag.charAt(1) - '0' : 0;
    }

    /** Walks the body, building one block at a time and counting which of its characters are link text. */
    private static final class BlockCollector implements NodeFilter {
        private final List<String> texts = new ArrayList<>();
        private final List<Double> ratios = new ArrayList<>();
        private final List<Integer> headingLevels = new ArrayList<>();
        private final java.util.ArrayDeque<Integer> openHeadings = new java.util.ArrayDeque<>();
        private int blockHeadingLevel;
        private final StringBuilder block = new StringBuilder();
        private int blockLinkChars;
        private boolean whitespacePending;
        private boolean pendingWhitespaceAllInLink;
        private int openLinks;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (IGNORED_TAGS.contains(tag)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCK_TAGS.contains(tag) || tag.equals("br")) {
                    endBlock();
                }
                if (tag.equals("a")) {
                    openLinks++;
                }
                int level = headingLevel(tag);
                if (level > 0) {
                    openHeadings.push(level);
                }
            } else if (node instanceof TextNode text) {
                append(text.getWholeText(), openLinks > 0);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (BLOCK_TAGS.contains(tag)) {
                    endBlock();
                }
                if (tag.equals("a")) {
                    openLinks--;
                }
                if (headingLevel(tag) > 0 && !openHeadings.isEmpty()) {
                    openHeadings.pop();
                }
            }
            return FilterResult.CONTINUE;
        }

        private void append(String raw, boolean inLink) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (isCollapsibleWhitespace(c)) {
                    pendingWhitespaceAllInLink = whitespacePending ? pendingWhitespaceAllInLink && inLink : inLink;
                    whitespacePending = true;
                    continue;
                }
                // Whitespace is written only once text follows it, which trims the block at both ends.
                if (whitespacePending && block.length() > 0) {
                    block.append(' ');
                    if (pendingWhitespaceAllInLink) {
                        blockLinkChars++;
                    }
                }
                whitespacePending = false;
                if (block.length() == 0) {
                    blockHeadingLevel = openHeadings.isEmpty() ? 0 : openHeadings.peek();
                }
                block.append(c);
                if (inLink) {
                    blockLinkChars++;
                }
            }
        }

        void endBlock() {
            if (block.length() > 0) {
                texts.add(block.toString());
                ratios.add(blockLinkChars / (double) block.length());
                headingLevels.add(blockHeadingLevel);
            }
            block.setLength(0);
            blockLinkChars = 0;
            whitespacePending = false;
        }

        HtmlLines lines() {
            double[] linkRatios = new double[ratios.size()];
            for (int i = 0; i < linkRatios.length; i++) {
                linkRatios[i] = ratios.get(i);
            }
            return new HtmlLines(texts, linkRatios, headingLevels.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
