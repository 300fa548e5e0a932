package io.sarikata.sources;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small whole-file reads and writes on any Hadoop file system: model artifacts, gold pages, run reports. */
public final class HadoopFiles {

    private HadoopFiles() {
    }

    public static String read(String path, Configuration conf) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(conf);
        if (!fs.exists(p)) {
            throw new FileNotFoundException("not found: " + path);
        }
        try (InputStream in = fs.open(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public static boolean isDirectory(String path, Configuration conf) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(conf);
        return fs.exists(p) && fs.getFileStatus(p).isDirectory();
    }

    public static boolean exists(String path, Configuration conf) throws IOException {
        Path p = new Path(path);
        return p.getFileSystem(conf).exists(p);
    }

    /** Writes {@code content}, on a local disk without Hadoop's checksum side file ({@code .name.crc}). */
    public static void write(String path, String content, Configuration conf) throws IOException {
        Path p = new Path(path);
        FileSystem any = p.getFileSystem(conf);
        if (any instanceof ChecksumFileSystem checksummed) {
            // A side file an earlier version wrote would no longer match, and reading would fail on it.
            checksummed.getRawFileSystem().delete(checksummed.getChecksumFile(p), false);
        }
        FileSystem fs = withoutChecksums(any);
        try (FSDataOutputStream out = fs.create(p, true)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (FSError e) {
            // Hadoop's local file system throws its write failures (a full disk) as this Error.
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    /** Files under {@code dir} (recursively) whose names end with {@code suffix}, sorted. */
    public static List<String> list(String dir, String suffix, Configuration conf) throws IOException {
        Path p = new Path(dir);
        FileSystem fs = p.getFileSystem(conf);
        if (!fs.exists(p)) {
            throw new FileNotFoundException("not found: " + dir);
        }
        List<String> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
        while (it.hasNext()) {
            Path f = it.next().getPath();
            if (f.getName().endsWith(suffix)) {
                files.add(f.toString());
            }
        }
        files.sort(null);
        return files;
    }

    /** The file system under Hadoop's local one, which writes and checks no {@code .crc} side files; others as they are. */
    public static FileSystem withoutChecksums(FileSystem fs) {
        return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
    }
}
