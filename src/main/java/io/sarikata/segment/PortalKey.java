package io.sarikata.segment;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the portal a page belongs to. Portals put a dateline such as {@code Suara.com - } or
 * {@code SuaraJawaTengah.id - } before the first sentence; the host-like name before the dash is the key.
 * Pages without one fall back to the folder or archive they came from.
 */
public final class PortalKey {

    /** A host-like name (letters, digits, dots, hyphens, with at least one dot) followed by a dash. */
    private static final Pattern DATELINE =
            Pattern.compile("^\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)+)\\s+[-\u2013\u2014]\\s");
    /** Datelines sit in the first blocks; a header menu or breadcrumb may come before them. */
    private static final int BLOCKS_TO_SEARCH = 5;

    private PortalKey() {
    }

    public static String of(List<Block> blocks, String portalHint) {
        for (int i = 0; i < Math.min(BLOCKS_TO_SEARCH, blocks.size()); i++) {
            String dateline = dateline(blocks.get(i).text());
            if (dateline != null) {
                return dateline;
            }
        }
        return fallback(portalHint);
    }

    /** The lower-cased host name of a dateline at the start of {@code text}, or null. */
    public static String dateline(String text) {
        Matcher m = DATELINE.matcher(text);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    static String fallback(String portalHint) {
        if (portalHint == null || portalHint.isBlank()) {
            return "unknown";
        }
        return portalHint.strip().toLowerCase(Locale.ROOT);
    }
}
