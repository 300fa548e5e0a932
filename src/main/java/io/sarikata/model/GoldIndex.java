package io.sarikata.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which gold file labels which input page, by path. A gold file {@code <goldroot>/<site>/<id>.tsv} has the key
 * {@code <site>/<id>} (its path under the gold root, without extensions) and labels the input page whose path,
 * without extensions, ends with {@code /<site>/<id>}. An archive member {@code archive!member} is matched on the
 * archive's folder followed by the member's path. When several gold keys fit one page, the longest wins, so
 * {@code portal-a/news-01} and {@code portal-b/news-01} tell two portals' {@code news-01} pages apart while a bare
 * {@code news-01} still labels a page of that name anywhere. Plain Java: used on the driver and inside tasks.
 */
public final class GoldIndex {

    private GoldIndex() {
    }

    /** The key of a gold file from its path relative to the gold root: folders kept, extensions dropped. */
    public static String goldKey(String relativePath) {
        String path = relativePath.replace('\\', '/');
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        return withoutExtensions(path);
    }

    /**
     * The path a page is matched on: its source without extensions; for an archive member, the folder holding
     * the archive followed by the member's path ({@code d/x.tgz!site/001.txt} gives {@code d/site/001}).
     */
    public static String pageKey(String source) {
        int bang = source.lastIndexOf('!');
        if (bang < 0) {
            return withoutExtensions(source);
        }
        String archive = source.substring(0, bang);
        String member = source.substring(bang + 1);
        while (member.startsWith("/")) {
            member = member.substring(1);
        }
        int slash = archive.lastIndexOf('/');
        String folder = slash < 0 ? "" : archive.substring(0, slash + 1);
        return withoutExtensions(folder + member);
    }

    /** The longest of {@code keys} that the page's path ends with, whole folder names only; null when none does. */
    public static String find(Set<String> keys, String source) {
        if (keys.isEmpty()) {
            return null;
        }
        String path = pageKey(source);
        if (keys.contains(path)) {
            return path;
        }
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            String suffix = path.substring(slash + 1);
            if (keys.contains(suffix)) {
                return suffix;
            }
        }
        return null;
    }

    /** The gold of a page, found as {@link #find} does; null when no gold file labels it. */
    public static <G> G lookup(Map<String, G> gold, String source) {
        String key = find(gold.keySet(), source);
        return key == null ? null : gold.get(key);
    }

    /**
     * Gold key of each input page that a gold file labels, checking that the matching is one to one.
     *
     * @param keys    every gold file's key
     * @param sources input pages (any that match no key are left out of the answer)
     * @return source to gold key, in source order
     * @throws IllegalArgumentException naming the gold files that label no input page, or that two input pages
     *                                  both match
     */
    public static Map<String, String> match(Set<String> keys, Collection<String> sources) {
        Map<String, String> keyBySource = new TreeMap<>();
        Map<String, List<String>> sourcesByKey = new TreeMap<>();
        for (String source : sources) {
            String key = find(keys, source);
            if (key != null && keyBySource.put(source, key) == null) {
                sourcesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(source);
            }
        }
        List<String> problems = new ArrayList<>();
        sourcesByKey.forEach((key, pages) -> {
            if (pages.size() > 1) {
                problems.add("gold " + key + " matches " + pages.size() + " input pages " + pages
                        + " (put the gold file under the folders that tell them apart)");
            }
        });
        Set<String> unmatched = new TreeSet<>(keys);
        unmatched.removeAll(sourcesByKey.keySet());
        if (!unmatched.isEmpty()) {
            List<String> shadowed = new ArrayList<>();
            for (String key : unmatched) {
                for (String source : keyBySource.keySet()) {
                    if (endsWithKey(pageKey(source), key)) {
                        shadowed.add(key + " (its page " + source + " took gold " + keyBySource.get(source) + ")");
                        break;
                    }
                }
            }
            problems.add(unmatched.size() + " gold pages have no input page: " + unmatched
                    + (shadowed.isEmpty() ? "" : "; matched a longer gold path instead: " + shadowed));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return keyBySource;
    }

    private static boolean endsWithKey(String path, String key) {
        return path.equals(key) || path.endsWith("/" + key);
    }

    /** Drops the extensions of the last path element: everything from its first dot (as a page's stem). */
    private static String withoutExtensions(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.indexOf('.', slash + 1);
        return dot > slash + 1 ? path.substring(0, dot) : path;
    }
}
