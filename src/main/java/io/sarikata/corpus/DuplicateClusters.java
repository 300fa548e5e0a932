package io.sarikata.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents joined into clusters by near-duplicate pairs (connected components), each cluster named by its
 * representative: the document with the earliest date written in its body, documents without a date after
 * those with one, then the smallest doc id. Doc ids hash the source path and dates come from the text, so the
 * same documents give the same clusters, representatives and names on every run, in any order. A new copy keeps
 * a cluster's name unless it carries an earlier date than every member before it (or, with no dates, a smaller id).
 */
public final class DuplicateClusters {

    /** A document in at least one near-duplicate pair; {@code date} is ISO ({@code 2021-08-16}) or null. */
    public record Member(String docId, String date) implements java.io.Serializable {
    }

    /** A document's cluster: its representative's doc id, and whether it is that representative. */
    public record Assignment(String cluster, boolean representative) implements java.io.Serializable {
    }

    /** The representative rule: earliest date (null last), then smallest doc id. */
    public static final Comparator<Member> REPRESENTATIVE_FIRST = Comparator
            .comparing(Member::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Member::docId);

    private DuplicateClusters() {
    }

    /**
     * @param members every document named in {@code pairs}, with its date
     * @param pairs   near-duplicate pairs of doc ids
     * @return each member's assignment (documents in no pair are clusters of their own: their own id, representative)
     */
    public static Map<String, Assignment> assign(List<Member> members, List<String[]> pairs) {
        Map<String, String> parent = new HashMap<>();
        for (Member m : members) {
            parent.put(m.docId(), m.docId());
        }
        for (String[] pair : pairs) {
            String a = find(parent, pair[0]);
            String b = find(parent, pair[1]);
            if (!a.equals(b)) {
                parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
            }
        }
        Map<String, List<Member>> components = new HashMap<>();
        for (Member m : members) {
            components.computeIfAbsent(find(parent, m.docId()), k -> new ArrayList<>()).add(m);
        }
        Map<String, Assignment> assignments = new HashMap<>();
        for (List<Member> component : components.values()) {
            Member representative = component.stream().min(REPRESENTATIVE_FIRST).orElseThrow();
            for (Member m : component) {
                assignments.put(m.docId(), new Assignment(representative.docId(), m == representative));
            }
        }
        return assignments;
    }

    private static String find(Map<String, String> parent, String id) {
        String root = parent.get(id);
        if (root == null) {
            throw new IllegalArgumentException("pair names " + id + ", which is not among the members");
        }
        while (!root.equals(parent.get(root))) {
            root = parent.get(root);
        }
        String at = id; // path compression: later finds are short
        while (!at.equals(root)) {
            String next = parent.get(at);
            parent.put(at, root);
            at = next;
        }
        return root;
    }

    /**
     * The pairs worth verifying among documents that share an LSH band: every pair in a bucket of up to
     * {@code maxAllPairs} documents; in a larger bucket (a boilerplate body on thousands of pages), each document
     * with the bucket's first (smallest id), which keeps the pairs linear and still joins true copies of it.
     */
    public static List<String[]> candidatePairs(List<String> bucket, int maxAllPairs) {
        List<String> sorted = new ArrayList<>(bucket);
        sorted.sort(null);
        List<String[]> pairs = new ArrayList<>();
        if (sorted.size() <= maxAllPairs) {
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    pairs.add(new String[] {sorted.get(i), sorted.get(j)});
                }
            }
        } else {
            for (int j = 1; j < sorted.size(); j++) {
                pairs.add(new String[] {sorted.get(0), sorted.get(j)});
            }
        }
        return pairs;
    }
}
