package io.sarikata.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The text measurements every feature and corpus statistic agrees on: words, normal form, shapes. */
public final class BlockText {

    /** Leading tokens that mark list items: bullets, dashes and numbering like {@code 1.} or {@code 2)}. */
    private static final String BULLETS = "-\u2013\u2014\u2022\u00b7*\u25aa\u25cf\u25a0>\u203a\u00bb";
    /** How many words may stand before a colon for the colon to mark a label such as "Baca Juga:". */
    static final int MAX_LABEL_WORDS = 4;

    private BlockText() {
    }

    private static final String[] NO_WORDS = new String[0];

    /** {@link Character#isWhitespace(char)}, with the ASCII answer first: the full lookup showed in profiles. */
    public static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
        }
        return Character.isWhitespace(c);
    }

    /** Whitespace-separated tokens. Hand-written: a regex split per block was the labeller's top cost. */
    public static String[] words(String text) {
        int n = text.length();
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < n; i++) {
            boolean space = isSpace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        if (count == 0) {
            return NO_WORDS;
        }
        String[] words = new String[count];
        int w = 0;
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean space = i == n || isSpace(text.charAt(i));
            if (space && start >= 0) {
                words[w++] = text.substring(start, i);
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /** Lower-cased, digits folded to 0, whitespace collapsed: two blocks that differ only in numbers or spacing match. */
    public static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** A word for vocabulary purposes: lower-cased letters only, or empty when the token has none. */
    public static String vocabularyWord(String token) {
        if (isLowerCaseLetters(token)) {
            return token;
        }
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    private static boolean isLowerCaseLetters(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isLetter(c) || Character.toLowerCase(c) != c) {
                return false;
            }
        }
        return true;
    }

    public static boolean isListMarker(String token) {
        if (token.length() == 1 && BULLETS.indexOf(token.charAt(0)) >= 0) {
            return true;
        }
        // Numbering: one to three digits and a '.' or ')'.
        int last = token.length() - 1;
        if (last < 1 || last > 3 || (token.charAt(last) != '.' && token.charAt(last) != ')')) {
            return false;
        }
        for (int i = 0; i < last; i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words before a label colon when there are few of them, e.g. "baca juga" in "Baca Juga: ...";
     * null otherwise. A colon inside a token, as in a time "10:30", is not a label.
     */
    public static String colonLabel(String text) {
        return colonLabel(text, text.indexOf(':'));
    }

    /** {@link #colonLabel(String)} given where the text's first ':' is (-1 for none), as a scan of it knows. */
    public static String colonLabel(String text, int colon) {
        if (colon <= 0 || (colon + 1 < text.length() && !Character.isWhitespace(text.charAt(colon + 1)))) {
            return null;
        }
        String before = text.substring(0, colon);
        String[] words = words(before);
        if (words.length == 0 || words.length > MAX_LABEL_WORDS || !Character.isLetter(before.strip().charAt(0))) {
            return null;
        }
        return normalize(before);
    }

    public static int menuSeparators(String text) {
        return menuSeparators(words(text));
    }

    public static int menuSeparators(String[] words) {
        int count = 0;
        for (String w : words) {
            if (w.length() == 1 && isMenuSeparator(w.charAt(0))) {
                count++;
            }
        }
        return count;
    }

    /** Separators of menus and breadcrumbs; a switch, as this runs for every one-character word. */
    static boolean isMenuSeparator(char c) {
        return switch (c) {
            case '|', '\u203a', '\u00bb', '/', '\u00b7', '\u2022', '>' -> true;
            default -> false;
        };
    }

    /**
     * Template shapes a block shares with others of its portal even when the words differ: its colon
     * label, its list marker, a menu of separators, a lone symbol. Empty for ordinary prose.
     */
    public static List<String> shapes(String text) {
        return shapes(words(text), colonLabel(text));
    }

    /** {@link #shapes(String)} from the block's words and colon label, for callers that have them already. */
    public static List<String> shapes(String[] words, String colonLabel) {
        List<String> shapes = new ArrayList<>(2);
        if (colonLabel != null) {
            shapes.add("label:" + colonLabel);
        }
        if (words.length > 0 && !hasLetterOrDigit(words[0])) {
            shapes.add("lead:" + words[0]);
        } else if (words.length > 0 && isListMarker(words[0])) {
            shapes.add("lead:#");
        }
        if (menuSeparators(words) >= 2) {
            shapes.add("menu");
        }
        return shapes;
    }

    public static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Ends like a sentence: a full stop, question or exclamation mark, possibly inside closing quotes. */
    public static boolean endsSentence(String text) {
        return ".!?\u2026".indexOf(finalMark(text)) >= 0;
    }

    /**
     * Ends with a full stop (or ellipsis), possibly inside closing quotes. Prose does; headlines, which
     * may end with '!' or '?', almost never do.
     */
    public static boolean endsWithFullStop(String text) {
        return ".\u2026".indexOf(finalMark(text)) >= 0;
    }

    public static boolean endsWithQuestionOrExclamation(String text) {
        return "!?".indexOf(finalMark(text)) >= 0;
    }

    /** The last character before any closing quotes or brackets, or a space when there is none. */
    private static char finalMark(String text) {
        String t = text.strip();
        int i = t.length() - 1;
        while (i >= 0 && "\"'\u201d\u2019)]\u00bb".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 ? t.charAt(i) : ' ';
    }

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
