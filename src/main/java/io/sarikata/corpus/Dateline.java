package io.sarikata.corpus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a news story, found by its shape, never by a portal's name: a place, an outlet (a
 * host-like name such as {@code Suara.com}, or an agency in brackets) or both, then a dash. {@code Jakarta - },
 * {@code Suara.com - }, {@code JAKARTA, Suara.com - }, {@code Jakarta (ANTARA) - }.
 *
 * @param place  the place named, as written, or null
 * @param outlet the outlet named (the host name as written, or the bracketed agency), or null
 * @param end    where the story's text starts after the dash
 */
public record Dateline(String place, String outlet, int end) {

    /** One to three capitalised words without dots: a place, not a host name. */
    private static final String PLACE = "\\p{Lu}[\\p{L}'’]*(?: \\p{Lu}[\\p{L}'’]*){0,2}";
    /** A host-like name: letters, digits and hyphens with at least one dot. */
    private static final String HOST = "[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)+";
    private static final String AGENCY = "\\p{Lu}[\\p{L}\\p{N}.]{1,24}";
    private static final Pattern SHAPE = Pattern.compile("^\\s*(?:(?<place>" + PLACE + ")(?:\\s*,\\s*(?<host>" + HOST
            + "))?|(?<hostonly>" + HOST + "))(?:\\s*\\((?<agency>" + AGENCY + ")\\))?\\s*[-\u2013\u2014]{1,2}\\s+(?=\\S)");
    /** Datelines sit in the first blocks; a menu or breadcrumb may come before them (as {@code PortalKey} reads). */
    public static final int BLOCKS_TO_SEARCH = 5;

    /** The dateline at the start of {@code text}, or null. */
    public static Dateline find(String text) {
        // lookingAt, not find: the shape is anchored at the start, and find would try (and fail at) every later
        // position of a whole body's text first, about 15 us per 4 KB page.
        Matcher m = SHAPE.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        String place = m.group("place");
        String host = m.group("host") != null ? m.group("host") : m.group("hostonly");
        String outlet = host != null ? host : m.group("agency");
        return new Dateline(place, outlet, m.end());
    }

    /** The index of the first of a page's first {@link #BLOCKS_TO_SEARCH} blocks that opens with a dateline, or -1. */
    public static int indexIn(List<String> blocks) {
        for (int i = 0; i < Math.min(BLOCKS_TO_SEARCH, blocks.size()); i++) {
            if (find(blocks.get(i)) != null) {
                return i;
            }
        }
        return -1;
    }
}
