package io.sarikata.release;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The release artefact as the tests see it before {@code mvn package}: the jars Maven copies to
 * {@code target/release/lib} (the runtime scope, what a Spark cluster lacks), Spark's own jars (the provided scope,
 * listed in {@code target/spark-provided.classpath}), and a thin jar made from {@code target/classes} as
 * {@code package} makes it.
 */
final class ReleaseArtefact {

    static final Path RELEASE_LIB = Path.of("target", "release", "lib");
    static final Path SPARK_CLASSPATH = Path.of("target", "spark-provided.classpath");

    private ReleaseArtefact() {
    }

    /** The shipped jars, sorted by name. */
    static List<Path> shippedJars() throws IOException {
        if (!Files.isDirectory(RELEASE_LIB)) {
            throw new IllegalStateException(RELEASE_LIB + " is missing: Maven's process-classes phase makes it");
        }
        try (Stream<Path> jars = Files.list(RELEASE_LIB)) {
            return jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** Spark's own jars: what a Spark 4.1 cluster has on its classpath. */
    static List<Path> sparkJars() throws IOException {
        if (!Files.isRegularFile(SPARK_CLASSPATH)) {
            throw new IllegalStateException(SPARK_CLASSPATH + " is missing: Maven's process-test-classes phase makes it");
        }
        return Arrays.stream(Files.readString(SPARK_CLASSPATH).trim().split(java.io.File.pathSeparator))
                .filter(s -> !s.isEmpty()).map(Path::of).toList();
    }

    /** A jar's artifact name: its file name without the version ({@code jsoup-1.21.2.jar} gives {@code jsoup}). */
    static String artifactName(Path jar) {
        return jar.getFileName().toString().replaceFirst("-\\d[^-]*(-[^-]*)?\\.jar$", "").replaceFirst("\\.jar$", "");
    }

    /** The thin jar: everything under {@code target/classes}, nothing else. */
    static Path thinJar(Path into) throws IOException {
        Path classes = Path.of("target", "classes");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (OutputStream file = Files.newOutputStream(into); JarOutputStream jar = new JarOutputStream(file, manifest);
             Stream<Path> entries = Files.walk(classes)) {
            for (Path p : entries.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, jar);
                jar.closeEntry();
            }
        }
        return into;
    }
}
