package io.sarikata.sources;

import org.apache.spark.api.java.JavaSparkContext;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * SHA-256 of each input file's bytes as stored, for {@code --incremental-check content}: an edit that keeps a file's
 * size and modification time still changes its hash. Hashed in read tasks, one more pass over every input byte.
 */
public final class ContentHashes {

    /** The manifest's value for a file whose bytes were not hashed (or could not be read). */
    public static final String NONE = "";

    private ContentHashes() {
    }

    /** The hash of every file of the groups, by path; {@link #NONE} for a file that cannot be read (reading rejects it). */
    public static Map<String, String> of(JavaSparkContext jsc, List<List<InputFile>> groups) {
        List<String[]> pairs = jsc.parallelize(FileGroup.of(groups), Math.max(1, groups.size()))
                .flatMap(group -> {
                    InputOpener opener = new InputOpener();
                    List<String[]> hashed = new ArrayList<>();
                    for (InputFile file : group.files()) {
                        hashed.add(new String[]{file.path(), hash(opener, file)});
                    }
                    return hashed.iterator();
                }).collect();
        Map<String, String> hashes = new HashMap<>();
        pairs.forEach(p -> hashes.put(p[0], p[1]));
        return hashes;
    }

    static String hash(InputOpener opener, InputFile file) {
        try (InputStream in = opener.open(file.location())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | RuntimeException e) {
            return NONE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
