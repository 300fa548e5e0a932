package io.sarikata.release;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the cluster path ships: exactly the jars Spark lacks, and the submit script sends those without building. */
class ReleaseArtefactTest {

    @TempDir
    Path tmp;

    @Test
    void shipsExactlyTheJarsSparkLacks() throws IOException {
        List<Path> shipped = ReleaseArtefact.shippedJars();
        assertEquals(Set.of("jsoup", "picocli", "juniversalchardet", "boilerpipe", "nekohtml", "xercesImpl"),
                names(shipped), "jsoup, picocli and juniversalchardet for build; boilerpipe with its HTML parser for eval");
        Set<String> spark = names(ReleaseArtefact.sparkJars());
        assertTrue(spark.containsAll(Set.of("spark-core_2.13", "spark-sql_2.13", "jackson-databind", "commons-compress",
                "parquet-hadoop", "zstd-jni")), "what the code uses besides the shipped jars comes with Spark: " + spark);
        for (Path jar : shipped) {
            assertTrue(!spark.contains(ReleaseArtefact.artifactName(jar)), jar + " is on Spark's classpath already");
            // No second copy of a class Spark has: a shipped jar must not carry Spark's, Hadoop's or Scala's packages.
            try (JarFile file = new JarFile(jar.toFile())) {
                assertTrue(file.stream().noneMatch(e -> e.getName().startsWith("org/apache/spark/")
                        || e.getName().startsWith("org/apache/hadoop/") || e.getName().startsWith("scala/")
                        || e.getName().startsWith("com/fasterxml/jackson/")), jar.toString());
            }
        }
        long bytes = 0;
        for (Path jar : shipped) {
            bytes += Files.size(jar);
        }
        assertTrue(bytes < 5_000_000, "shipped jars: " + bytes + " bytes");
    }

    @Test
    void theSubmitScriptShipsTheReleaseWithoutBuilding() throws Exception {
        // A copy of the checkout's scripts beside a made-up release, and a spark-submit that prints what it got.
        Path root = tmp.resolve("checkout");
        Files.createDirectories(root.resolve("jobs"));
        Files.copy(Path.of("jobs", "spark-submit-build.sh"), root.resolve("jobs/spark-submit-build.sh"));
        Path fakeSubmit = tmp.resolve("spark-submit");
        Files.writeString(fakeSubmit, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(fakeSubmit, PosixFilePermissions.fromString("rwxr-xr-x"));

        Result notBuilt = submit(root, fakeSubmit);
        assertEquals(2, notBuilt.exit(), notBuilt.output());
        assertTrue(notBuilt.output().contains("mvn -B -DskipTests package"), notBuilt.output());

        Path lib = Files.createDirectories(root.resolve("target/release/lib"));
        Files.writeString(root.resolve("target/release/sarikata-0.1.0.jar"), "jar");
        Files.writeString(lib.resolve("jsoup-1.21.2.jar"), "jar");
        Files.writeString(lib.resolve("picocli-4.7.7.jar"), "jar");
        Result built = submit(root, fakeSubmit);
        assertEquals(0, built.exit(), built.output());
        List<String> args = built.output().lines().toList();
        String realRoot = root.toRealPath().toString();
        assertEquals(realRoot + "/target/release/lib/jsoup-1.21.2.jar," + realRoot + "/target/release/lib/picocli-4.7.7.jar",
                args.get(args.indexOf("--jars") + 1));
        assertTrue(args.contains("spark.log.level=WARN"), args.toString());
        assertTrue(args.contains("spark.driver.extraJavaOptions=-Dlog4j2.configurationFile=" + realRoot + "/jobs/log4j2.properties"),
                "client mode: the driver reads the checkout's WARN config " + args);
        int jar = args.indexOf(realRoot + "/target/release/sarikata-0.1.0.jar");
        assertEquals(List.of("--master", "local[1]", realRoot + "/target/release/sarikata-0.1.0.jar", "build", "--input", "x"),
                args.subList(jar - 2, args.size()), "spark-submit's options, the jar, then Sarikata's");
        assertTrue(!Files.exists(root.resolve("target/classes")), "nothing was built");
    }

    private record Result(int exit, String output) {
    }

    private static Result submit(Path root, Path fakeSubmit) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("jobs/spark-submit-build.sh").toString(),
                "--master", "local[1]", "--", "build", "--input", "x").redirectErrorStream(true);
        pb.environment().put("SPARK_SUBMIT", fakeSubmit.toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return new Result(p.exitValue(), output);
    }

    private static Set<String> names(List<Path> jars) {
        Set<String> names = new TreeSet<>();
        jars.forEach(j -> names.add(ReleaseArtefact.artifactName(j)));
        return names;
    }
}
