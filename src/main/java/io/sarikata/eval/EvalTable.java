package io.sarikata.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Scores per portal and classifier, plus "overall" (all pages pooled), as a printed table and as JSON-ready maps. */
public final class EvalTable {

    public static final String OVERALL = "overall";

    /** portal -> classifier -> scores, classifiers in the order first added. */
    private final Map<String, Map<String, Scores>> byPortal = new TreeMap<>();
    private final List<String> classifiers = new ArrayList<>();

    public Scores scores(String portal, String classifier) {
        if (!classifiers.contains(classifier)) {
            classifiers.add(classifier);
        }
        return byPortal.computeIfAbsent(portal, p -> new LinkedHashMap<>()).computeIfAbsent(classifier, c -> new Scores());
    }

    public Scores overall(String classifier) {
        Scores all = new Scores();
        for (Map<String, Scores> perClassifier : byPortal.values()) {
            Scores s = perClassifier.get(classifier);
            if (s != null) {
                all.addAll(s);
            }
        }
        return all;
    }

    public List<String> classifiers() {
        return List.copyOf(classifiers);
    }

    public List<String> portals() {
        return List.copyOf(byPortal.keySet());
    }

    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String portal : byPortal.keySet()) {
            Map<String, Object> row = new LinkedHashMap<>();
            byPortal.get(portal).forEach((c, s) -> row.put(c, s.toMap()));
            out.put(portal, row);
        }
        Map<String, Object> overall = new LinkedHashMap<>();
        for (String c : classifiers) {
            overall.put(c, overall(c).toMap());
        }
        out.put(OVERALL, overall);
        return out;
    }

    public String format() {
        StringBuilder sb = new StringBuilder();
        String header = String.format("%-22s %-24s %6s %7s %8s %8s %8s %8s",
                "portal", "classifier", "pages", "blocks", "body_P", "body_R", "body_F1", "nav_F1");
        sb.append(header).append(String.format(" %8s%n", "tok_F1"));
        List<String> rows = new ArrayList<>(byPortal.keySet());
        rows.add(OVERALL);
        for (String portal : rows) {
            for (String c : classifiers) {
                Scores s = portal.equals(OVERALL) ? overall(c) : byPortal.get(portal).get(c);
                if (s == null) {
                    continue;
                }
                sb.append(String.format("%-22s %-24s %6d %7d %8.4f %8.4f %8.4f %8.4f %8.4f%n", portal, c, s.pages(),
                        s.blocks(), s.bodyPrecision(), s.bodyRecall(), s.bodyF1(), s.navF1(), s.pageTokenF1()));
            }
        }
        return sb.toString();
    }
}
