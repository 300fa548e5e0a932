package io.sarikata.jobs;

import io.sarikata.sources.HadoopFiles;
import io.sarikata.model.GoldIndex;
import io.sarikata.model.GoldPage;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a folder of gold pages ({@code <page>.tsv} or label-only {@code <page>.labels}, any depth), keyed by
 * their path under the folder without extensions ({@link GoldIndex#goldKey}): {@code <dir>/<site>/<id>.tsv} is
 * {@code <site>/<id>}, matched to the input page whose path ends with it ({@link GoldIndex}).
 */
public final class GoldSet {

    private GoldSet() {
    }

    public static Map<String, GoldPage> load(String dir, Configuration conf) throws IOException {
        Path root = new Path(dir);
        FileSystem fs = root.getFileSystem(conf);
        String rootPrefix = fs.makeQualified(root).toString();
        rootPrefix = rootPrefix.endsWith("/") ? rootPrefix : rootPrefix + "/";
        Map<String, GoldPage> gold = new LinkedHashMap<>();
        Map<String, String> fileByKey = new LinkedHashMap<>();
        List<String> files = new ArrayList<>(HadoopFiles.list(dir, ".tsv", conf));
        files.addAll(HadoopFiles.list(dir, ".labels", conf));
        for (String file : files) {
            String qualified = fs.makeQualified(new Path(file)).toString();
            String relative = qualified.startsWith(rootPrefix) ? qualified.substring(rootPrefix.length()) : new Path(file).getName();
            String key = GoldIndex.goldKey(relative);
            GoldPage page = GoldPage.parse(key, HadoopFiles.read(file, conf));
            String earlier = fileByKey.put(key, relative);
            if (earlier != null) {
                throw new IllegalArgumentException("two gold files are for page " + key + " under " + dir + ": "
                        + earlier + " and " + relative);
            }
            gold.put(key, page);
        }
        return gold;
    }

    /**
     * The message of a gold file that does not describe its page's blocks (wrong row count or text), found among
     * {@code e}'s causes, where a task's failure reaches the driver; null when {@code e} is about something else.
     */
    public static String mismatch(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            StackTraceElement[] trace = t.getStackTrace();
            if (t instanceof IllegalArgumentException && trace.length > 0
                    && trace[0].getClassName().equals(GoldPage.class.getName())) {
                return t.getMessage();
            }
        }
        return null;
    }
}
