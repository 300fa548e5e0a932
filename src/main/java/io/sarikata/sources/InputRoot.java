package io.sarikata.sources;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folder a run's inputs are named relative to: the deepest folder holding every {@code --input} (a folder
 * itself, a file's folder, or a glob's folder before its first wildcard). Sources, ids, the statistics sample and
 * the incremental manifest use paths below it, so the same dump mounted or checked out elsewhere gives the same
 * rows; two different files below one folder never share a relative path, so several inputs stay apart.
 * Written as a plain local path ({@code /data/dumps}) or a Hadoop URI ({@code hdfs://nn:8020/dumps}); empty when
 * the inputs are on different file systems, and then paths stay whole.
 */
final class InputRoot {

    private InputRoot() {
    }

    /** The folder one input names; {@code matches} are what its glob found (one entry for a plain path). */
    static String folderOf(Path input, FileStatus[] matches, FileSystem fs) {
        Path qualified = fs.makeQualified(input);
        Path folder = qualified;
        while (folder.getParent() != null && hasWildcard(folder.toUri().getPath())) {
            folder = folder.getParent();
        }
        if (folder.equals(qualified) && !(matches.length == 1 && matches[0].isDirectory()) && folder.getParent() != null) {
            folder = folder.getParent(); // a single file: the folder holding it
        }
        return written(folder, fs);
    }

    /** The deepest folder holding all of {@code folders}: empty when they are on different file systems. */
    static String common(List<String> folders) {
        if (folders.isEmpty()) {
            return "";
        }
        String system = systemOf(folders.get(0));
        String[] shared = pathOf(folders.get(0)).split("/", -1);
        int length = shared.length;
        for (String folder : folders) {
            if (!systemOf(folder).equals(system)) {
                return "";
            }
            String[] parts = pathOf(folder).split("/", -1);
            int i = 0;
            while (i < Math.min(length, parts.length) && parts[i].equals(shared[i])) {
                i++;
            }
            length = i;
        }
        String path = String.join("/", Arrays.asList(shared).subList(0, length));
        return system + (path.isEmpty() ? "/" : path);
    }

    /** {@code whole} below {@code root}, without the root; {@code whole} itself when it is not below it. */
    static String relative(String root, String whole) {
        if (root.isEmpty()) {
            return whole;
        }
        String prefix = root.endsWith("/") ? root : root + "/";
        return whole.startsWith(prefix) && whole.length() > prefix.length() ? whole.substring(prefix.length()) : whole;
    }

    /** The whole path of {@code path} below {@code root}. */
    static String resolve(String root, String path) {
        if (root.isEmpty() || path.startsWith("/") || path.contains("://")) {
            return path;
        }
        return root.endsWith("/") ? root + path : root + "/" + path;
    }

    /** As listing writes whole paths: local ones as plain paths, others as URIs. */
    private static String written(Path path, FileSystem fs) {
        if (fs instanceof LocalFileSystem local) {
            return local.pathToFile(path).toPath().toAbsolutePath().toString();
        }
        return path.toString();
    }

    private static final Pattern SYSTEM = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^/]*");

    private static boolean hasWildcard(String path) {
        return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{' || c == '\\');
    }

    /** "scheme://authority" of a URI, empty for a plain local path. */
    private static String systemOf(String folder) {
        Matcher m = SYSTEM.matcher(folder);
        return m.lookingAt() ? m.group() : "";
    }

    private static String pathOf(String folder) {
        String path = folder.substring(systemOf(folder).length());
        return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    }
}
