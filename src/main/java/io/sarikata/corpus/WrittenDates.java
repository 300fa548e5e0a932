package io.sarikata.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates written in running text, by shape: {@code Senin (16/8/2021)} (a weekday, then day/month/year in
 * brackets), {@code 16/08/2021} and {@code 16-08-2021}, {@code 2021-08-16}, {@code 16 Agustus 2021} and
 * {@code 16 Agu 2021} (month names of Indonesian, Malay, Javanese and English), {@code August 16, 2021}. Dates
 * without a year ({@code Rabu (20/10)}) are left out: the year cannot be told. Impossible dates (31/2) too.
 */
public final class WrittenDates {

    private static final Map<String, Integer> MONTHS = months();
    /** A word that may be a month's name, looked up in {@link #MONTHS}: faster than an alternation of every name. */
    private static final String MONTH_NAME = "(?<month>\\p{L}{3,9})\\.?";

    /** Each shape, with its groups named day, month (number or name) and year. */
    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("\\((?<day>\\d{1,2})/(?<month>\\d{1,2})/(?<year>\\d{4}|\\d{2})\\)"),
            Pattern.compile("(?<![\\d/.-])(?<day>\\d{1,2})([/.-])(?<month>\\d{1,2})\\2(?<year>\\d{4})(?![\\d/.-]*\\d)"),
            Pattern.compile("(?<![\\d-])(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?![\\d-])"),
            Pattern.compile("(?<!\\d)(?<day>\\d{1,2})\\s+" + MONTH_NAME + "\\s+(?<year>\\d{4})(?!\\d)"),
            Pattern.compile("(?<!\\p{L})" + MONTH_NAME + "\\s+(?<day>\\d{1,2}),\\s*(?<year>\\d{4})(?!\\d)"));

    private WrittenDates() {
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new TreeMap<>();
        String[][] names = {
                {"januari", "january", "jan"},
                {"februari", "pebruari", "february", "feb", "peb"},
                {"maret", "march", "mac", "mar", "maret"},
                {"april", "apr"},
                {"mei", "may"},
                {"juni", "june", "jun"},
                {"juli", "july", "julai", "jul"},
                {"agustus", "august", "ogos", "agu", "agt", "aug", "ags"},
                {"september", "sept", "sep"},
                {"oktober", "october", "okt", "oct"},
                {"november", "nopember", "nov", "nop"},
                {"desember", "december", "disember", "des", "dec", "dis"}};
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                m.put(name, i + 1);
            }
        }
        return m;
    }

    /** A date found and where it starts in the text. */
    public record Found(LocalDate date, int start) {
    }

    /**
     * Every full date in {@code text}, in the order they are written (one per place in the text). The shapes are
     * tried only where a date can start (a bracket before a digit, the start of a run of digits, the word before
     * one): scanning the whole text with each pattern cost about a millisecond per 4 KB page.
     */
    public static List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        if (!hasDigitRun(text, 2)) {
            return found; // every shape has a year: most lines have no date, and this look is far cheaper
        }
        Matcher[] matchers = new Matcher[SHAPES.size()];
        int n = text.length();
        int takenUntil = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '(' && i + 1 < n && isDigit(text.charAt(i + 1))) {
                takenUntil = tryAt(matchers, 0, text, i, takenUntil, found);
            } else if (isDigit(c) && (i == 0 || !isDigit(text.charAt(i - 1)))) {
                // What each shape needs right after the run of digits, checked before its pattern runs: most numbers
                // in news text (amounts, counts, times) are no date, and a pattern's run costs far more.
                int run = i;
                while (run < n && isDigit(text.charAt(run))) {
                    run++;
                }
                int digits = run - i;
                char next = run < n ? text.charAt(run) : ' ';
                if (digits <= 2 && (next == '/' || next == '.' || next == '-')) {
                    takenUntil = tryAt(matchers, 1, text, i, takenUntil, found);
                }
                if (digits == 4 && next == '-') {
                    takenUntil = tryAt(matchers, 2, text, i, takenUntil, found);
                }
                if (digits <= 2 && run < n && isSpace(next)) {
                    takenUntil = tryAt(matchers, 3, text, i, takenUntil, found);
                }
                if (digits > 2 || next != ',') {
                    continue;
                }
                int j = i - 1;
                while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
                    j--;
                }
                if (j >= 0 && text.charAt(j) == '.') {
                    j--;
                }
                int wordEnd = j + 1;
                while (j >= 0 && Character.isLetter(text.charAt(j))) {
                    j--;
                }
                if (wordEnd - (j + 1) >= 3 && wordEnd < i) {
                    takenUntil = tryAt(matchers, 4, text, j + 1, takenUntil, found);
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /**
     * Tries one shape at {@code start}, outside dates found already; returns where found dates end. Matchers are
     * made at a shape's first try: most texts try few shapes, or none.
     */
    private static int tryAt(Matcher[] matchers, int shape, String text, int start, int takenUntil, List<Found> found) {
        if (start < takenUntil) {
            return takenUntil;
        }
        Matcher m = matchers[shape];
        if (m == null) {
            m = SHAPES.get(shape).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            matchers[shape] = m;
        }
        m.region(start, text.length());
        if (!m.lookingAt()) {
            return takenUntil;
        }
        LocalDate date = date(m.group("day"), m.group("month"), m.group("year"));
        if (date == null) {
            return takenUntil;
        }
        found.add(new Found(date, start));
        return m.end();
    }

    /** What {@code \\s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hasDigitRun(String text, int length) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(String day, String month, String year) {
        int y = Integer.parseInt(year);
        if (year.length() == 2) {
            y += 2000;
        }
        Integer mo = Character.isDigit(month.charAt(0)) ? Integer.valueOf(Integer.parseInt(month))
                : MONTHS.get(month.toLowerCase(Locale.ROOT));
        if (mo == null || y < 1900 || y > 2100) {
            return null;
        }
        try {
            return LocalDate.of(y, mo, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
