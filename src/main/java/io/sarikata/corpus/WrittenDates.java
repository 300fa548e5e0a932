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
    private static final String MONTH_NAME = "(?<month>" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")\\.?";

    /** Each shape, with its groups named day, month (number or name) and year. */
    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("\\((?<day>\\d{1,2})/(?<month>\\d{1,2})/(?<year>\\d{4}|\\d{2})\\)"),
            Pattern.compile("(?<![\\d/.-])(?<day>\\d{1,2})([/.-])(?<month>\\d{1,2})\\2(?<year>\\d{4})(?![\\d/.-]*\\d)"),
            Pattern.compile("(?<![\\d-])(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?![\\d-])"),
            Pattern.compile("(?<!\\d)(?<day>\\d{1,2})\\s+" + MONTH_NAME + "\\s+(?<year>\\d{4})(?!\\d)",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("\\b" + MONTH_NAME + "\\s+(?<day>\\d{1,2}),\\s*(?<year>\\d{4})(?!\\d)",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

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

    /** Every full date in {@code text}, in the order they are written (one per place in the text). */
    public static List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (Pattern shape : SHAPES) {
            Matcher m = shape.matcher(text);
            while (m.find()) {
                if (taken[m.start()]) {
                    continue;
                }
                LocalDate date = date(m.group("day"), m.group("month"), m.group("year"));
                if (date != null) {
                    found.add(new Found(date, m.start()));
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
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
