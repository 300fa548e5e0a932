package io.sarikata.spark;

import io.sarikata.model.GoldPage;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Loads a folder of gold pages ({@code <stem>.tsv}, any depth) keyed by page stem. */
public final class GoldSet {

    private GoldSet() {
    }

    public static Map<String, GoldPage> load(String dir, Configuration conf) throws IOException {
        Map<String, GoldPage> gold = new LinkedHashMap<>();
        for (String file : HadoopFiles.list(dir, ".tsv", conf)) {
            String stem = GoldPage.stemOf(new Path(file).getName());
            GoldPage page = GoldPage.parse(stem, HadoopFiles.read(file, conf));
            if (gold.put(stem, page) != null) {
                throw new IllegalArgumentException("two gold files are named " + stem + ".tsv under " + dir);
            }
        }
        return gold;
    }
}
