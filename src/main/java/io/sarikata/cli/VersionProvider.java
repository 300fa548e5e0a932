package io.sarikata.cli;

import io.sarikata.Versions;
import picocli.CommandLine;

/** {@code --version}: the version Maven built. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"sarikata " + Versions.SARIKATA};
    }
}
