package io.sarikata.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Documents' text scored against gold texts with {@link ShingleScore}, page by page, per site (the gold page's
 * folder) and overall: the table {@code score-text} prints and the report it writes.
 */
public final class TextScores {

    /** Site of a gold page that sits at the gold root, not in a folder. */
    public static final String NO_SITE = "(root)";

    /**
     * One gold page and what the build made of it.
     *
     * @param key      the gold file's path under the gold root, without {@code .txt}
     * @param source   the matched document's source, or null when no document matched
     * @param docId    the matched document's id, or null
     * @param counts   shingle counts of the document's text (empty text when there is no document) against the gold article
     */
    public record Page(String key, String source, String docId, ShingleScore.Counts counts) {

        public boolean hasDocument() {
            return source != null;
        }

        /** The gold has an article but the document's text has no shingle of any kind. */
        public boolean empty() {
            return hasDocument() && counts.goldHasAny() && !counts.extractedAny();
        }

        public String site() {
            int slash = key.lastIndexOf('/');
            return slash < 0 ? NO_SITE : key.substring(0, slash);
        }
    }

    /** Means and page counts of a group of pages. */
    public static final class Group {
        private final ShingleScore.Mean mean = new ShingleScore.Mean();
        private int noDocument;
        private int empty;
        private int goldWithoutArticle;

        void add(Page page) {
            mean.add(page.counts());
            if (!page.hasDocument()) {
                noDocument++;
            }
            if (page.empty()) {
                empty++;
            }
            if (!page.counts().goldHasAny()) {
                goldWithoutArticle++;
            }
        }

        public ShingleScore.Mean mean() {
            return mean;
        }

        /** Gold pages no document matched (they score 0 recall). */
        public int noDocument() {
            return noDocument;
        }

        /** Documents whose text has no shingle while their gold has an article. */
        public int empty() {
            return empty;
        }

        /** Gold pages with no token before the comments marker (left out of mean recall). */
        public int goldWithoutArticle() {
            return goldWithoutArticle;
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pages", mean.pages());
            m.put("precision", number(mean.precision()));
            m.put("recall", number(mean.recall()));
            m.put("f1", number(mean.f1()));
            m.put("precision_pages", mean.precisionPages());
            m.put("recall_pages", mean.recallPages());
            m.put("empty_pages", empty);
            m.put("no_document", noDocument);
            m.put("gold_without_article", goldWithoutArticle);
            return m;
        }
    }

    private final List<Page> pages = new ArrayList<>();

    public void add(Page page) {
        pages.add(page);
    }

    public List<Page> pages() {
        return List.copyOf(pages);
    }

    public Group overall() {
        Group g = new Group();
        pages.forEach(g::add);
        return g;
    }

    public Map<String, Group> bySite() {
        Map<String, Group> sites = new TreeMap<>();
        for (Page p : pages) {
            sites.computeIfAbsent(p.site(), k -> new Group()).add(p);
        }
        return sites;
    }

    /** The pages with a gold article, lowest F1 first (ties: lower recall, then the larger gold article, then key). */
    public List<Page> worst(int n) {
        return pages.stream().filter(p -> p.counts().goldHasAny())
                .sorted(Comparator.comparingDouble((Page p) -> p.counts().f1())
                        .thenComparingDouble(p -> p.counts().recall())
                        .thenComparingLong(p -> -(p.counts().tp() + p.counts().fn()))
                        .thenComparing(Page::key))
                .limit(n).toList();
    }

    /** The table: a row per site when asked, then overall, then the {@code worst} lowest pages when more than 0. */
    public String format(boolean perSite, int worst) {
        StringBuilder sb = new StringBuilder();
        String header = "%-40s %6s %9s %9s %9s %6s %7s%n";
        String row = "%-40s %6d %9.4f %9.4f %9.4f %6d %7d%n";
        sb.append(String.format(Locale.ROOT, header, "site", "pages", "precision", "recall", "F1", "empty", "no_doc"));
        if (perSite) {
            bySite().forEach((site, g) -> sb.append(formatRow(row, site, g)));
        }
        sb.append(formatRow(row, "overall", overall()));
        if (worst > 0) {
            sb.append(String.format(Locale.ROOT, "%nworst %d pages by F1:%n%-50s %9s %9s %9s %8s %8s  %s%n", worst,
                    "page", "precision", "recall", "F1", "gold_sh", "text_sh", "doc_id"));
            for (Page p : worst(worst)) {
                ShingleScore.Counts c = p.counts();
                sb.append(String.format(Locale.ROOT, "%-50s %9.4f %9.4f %9.4f %8d %8d  %s%n", p.key(), c.precision(),
                        c.recall(), c.f1(), c.tp() + c.fn(), c.tp() + c.fp(), p.hasDocument() ? p.docId() : "(no document)"));
            }
        }
        return sb.toString();
    }

    /** NaN (no page to average, no text to divide by) is written as JSON null. */
    private static Double number(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static String formatRow(String row, String name, Group g) {
        return String.format(Locale.ROOT, row, name, g.mean().pages(), g.mean().precision(), g.mean().recall(),
                g.mean().f1(), g.empty(), g.noDocument());
    }

    /** Overall, per site, and every page with its counts. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("overall", overall().toMap());
        Map<String, Object> sites = new LinkedHashMap<>();
        bySite().forEach((site, g) -> sites.put(site, g.toMap()));
        m.put("sites", sites);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Page p : pages) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("page", p.key());
            r.put("source", p.source());
            r.put("doc_id", p.docId());
            r.put("tp", p.counts().tp());
            r.put("fp", p.counts().fp());
            r.put("fn", p.counts().fn());
            r.put("precision", number(p.counts().precision()));
            r.put("recall", number(p.counts().recall()));
            r.put("f1", number(p.counts().f1()));
            rows.add(r);
        }
        m.put("pages", rows);
        return m;
    }
}
