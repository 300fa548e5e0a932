package io.sarikata.spark;

import io.sarikata.model.GoldPage;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads a folder of gold pages ({@code <stem>.tsv} or label-only {@code <stem>.labels}, any depth) keyed by page stem. */
public final class GoldSet {

    private GoldSet() {
    }

    public static Map<String, GoldPage> load(String dir, Configuration conf) throws IOException {
        Map<String, GoldPage> gold = new LinkedHashMap<>();
        List<String> files = new ArrayList<>(HadoopFiles.list(dir, ".tsv", conf));
        files.addAll(HadoopFiles.list(dir, ".labels", conf));
        for (String file : files) {
            String stem = GoldPage.stemOf(new Path(file).getName());
            GoldPage page = GoldPage.parse(stem, HadoopFiles.read(file, conf));
            if (gold.put(stem, page) != null) {
                throw new IllegalArgumentException("two gold files are for page " + stem + " under " + dir);
            }
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
