package io.sarikata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The Sarikata version outputs record, as Maven wrote it into the build. */
public final class Versions {

    public static final String SARIKATA = versionOf();

    private Versions() {
    }

    private static String versionOf() {
        try (InputStream in = Versions.class.getResourceAsStream("/sarikata-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("sarikata-version.properties is missing from the build");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
