package io.sarikata.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static io.sarikata.bench.Words.pick;

/**
 * Makes synthetic pages of six fictional portals in the dump format (UTF-8, one block per line, {@code \n},
 * no final newline), one after the other. Page {@code i} depends only on the seed and the pages before it,
 * so the same seed always gives the same pages in the same order, and a longer corpus starts with a shorter one.
 *
 * <p>Each portal has its own template: dateline, inline related-link label, byline, breadcrumb, tail headings
 * and list markers. Tail headlines come from a pool per portal and day (part of it kept for the whole week),
 * so they repeat across that portal's pages as real "popular" and "related" lists do; body text is unique.
 */
final class PageFactory {

    /** The first day of the corpus, a Monday. */
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);

    enum Template { KABAR, WARTA, LINTAS, SUARA, INFO, PELITA }

    /** A portal: display name (the dateline host), folder name, template, share of the pages, pages a day. */
    record Portal(String host, String slug, Template template, double weight, int pagesPerDay) {
    }

    static final List<Portal> PORTALS = List.of(
            new Portal("KabarSelasih.com", "kabarselasih", Template.KABAR, 3.0, 600),
            new Portal("WartaBatuhijau.id", "wartabatuhijau", Template.WARTA, 2.0, 400),
            new Portal("LintasTirta.co.id", "lintastirta", Template.LINTAS, 2.0, 500),
            new Portal("SuaraLembayung.net", "suaralembayung", Template.SUARA, 1.5, 300),
            // City-first dateline ("SELASIH, InfoKemuning.com - "): the portal comes from the folder name.
            new Portal("InfoKemuning.com", "infokemuning", Template.INFO, 1.0, 250),
            new Portal("PelitaSamudra.id", "pelitasamudra", Template.PELITA, 0.5, 120));

    /**
     * One generated page.
     *
     * @param portal  index into {@link #PORTALS}
     * @param day     the page's day (0 = {@link #FIRST_DAY})
     * @param name    file name, {@code NNNNNNN_<16 hex>.txt}, NNNNNNN counting the portal's pages from 1
     * @param bytes   the page, UTF-8
     */
    record Generated(long index, int portal, int day, String name, byte[] bytes) {
        String date() {
            return FIRST_DAY.plusDays(day).toString();
        }

        String slug() {
            return PORTALS.get(portal).slug();
        }
    }

    private final long seed;
    private final double[] cumulativeWeights;
    private final long[] portalPages;
    private final DayPool[] pools;
    private long index;

    PageFactory(long seed) {
        this.seed = seed;
        this.cumulativeWeights = new double[PORTALS.size()];
        double total = PORTALS.stream().mapToDouble(Portal::weight).sum();
        double sum = 0;
        for (int p = 0; p < PORTALS.size(); p++) {
            sum += PORTALS.get(p).weight() / total;
            cumulativeWeights[p] = sum;
        }
        this.portalPages = new long[PORTALS.size()];
        this.pools = new DayPool[PORTALS.size()];
    }

    Generated next() {
        SplittableRandom r = new SplittableRandom(mix(seed, 0x9E3779B97F4A7C15L * (index + 1)));
        int p = choosePortal(r.nextDouble());
        Portal portal = PORTALS.get(p);
        long n = portalPages[p]++;
        int day = (int) (n / portal.pagesPerDay());
        DayPool pool = pools[p];
        if (pool == null || pool.day != day) {
            pool = new DayPool(seed, p, day);
            pools[p] = pool;
        }
        StringBuilder sb = new StringBuilder(6144);
        Ctx c = new Ctx(r, portal, pool, FIRST_DAY.plusDays(day), sb);
        switch (portal.template()) {
            case KABAR -> kabar(c);
            case WARTA -> warta(c);
            case LINTAS -> lintas(c);
            case SUARA -> suara(c);
            case INFO -> info(c);
            case PELITA -> pelita(c);
            default -> throw new IllegalStateException();
        }
        String name = String.format("%07d_%016x.txt", n + 1, r.nextLong());
        return new Generated(index++, p, day, name, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private int choosePortal(double u) {
        for (int p = 0; p < cumulativeWeights.length - 1; p++) {
            if (u < cumulativeWeights[p]) {
                return p;
            }
        }
        return cumulativeWeights.length - 1;
    }

    /** SplitMix64's finaliser over two values: well-spread seeds for neighbouring indices. */
    static long mix(long a, long b) {
        long z = a * 0xBF58476D1CE4E5B9L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** What one page is made from. */
    private record Ctx(SplittableRandom r, Portal portal, DayPool pool, LocalDate date, StringBuilder sb) {
        void line(String text) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(text);
        }
    }

    /** Headlines a portal shows on one day: the week's (repeat for seven days) and the day's own. */
    static final class DayPool {
        final int day;
        final String[] popular = new String[4];
        final String[] headlines;

        DayPool(long seed, int portal, int day) {
            this.day = day;
            SplittableRandom week = new SplittableRandom(mix(mix(seed, 1000 + portal), day / 7));
            SplittableRandom today = new SplittableRandom(mix(mix(seed, 2000 + portal), day));
            String[] weekly = new String[14];
            for (int i = 0; i < weekly.length; i++) {
                weekly[i] = headline(week);
            }
            String[] daily = new String[26];
            for (int i = 0; i < daily.length; i++) {
                daily[i] = headline(today);
            }
            popular[0] = weekly[0];
            popular[1] = weekly[1];
            popular[2] = daily[0];
            popular[3] = daily[1];
            headlines = new String[weekly.length + daily.length - 4];
            System.arraycopy(weekly, 2, headlines, 0, weekly.length - 2);
            System.arraycopy(daily, 2, headlines, weekly.length - 2, daily.length - 2);
        }

        String any(SplittableRandom r) {
            return headlines[r.nextInt(headlines.length)];
        }

        /** {@code n} different headlines of the pool. */
        List<String> some(SplittableRandom r, int n) {
            List<String> out = new ArrayList<>(n);
            int start = r.nextInt(headlines.length);
            int step = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                out.add(headlines[(start + i * step) % headlines.length]);
            }
            return out;
        }

        /** Four of five change slowly; the fifth differs from page to page. */
        List<String> popularFive(SplittableRandom r) {
            List<String> out = new ArrayList<>(List.of(popular));
            out.add(r.nextInt(5), any(r));
            return out;
        }
    }

    // ---------------------------------------------------------------- templates

    private static void kabar(Ctx c) {
        SplittableRandom r = c.r();
        List<String> body = body(c, "Baca Juga: ");
        boolean spaced = r.nextDouble() < 0.3;
        for (int i = 0; i < body.size(); i++) {
            if (spaced && i > 0) {
                c.sb().append('\n');
            }
            c.line(i == 0 ? c.portal().host() + " - " + body.get(i) : body.get(i));
        }
        c.line("Berita Terkait");
        for (String h : c.pool().some(r, r.nextInt(4))) {
            c.line("- " + h);
        }
        c.line("Terpopuler");
        for (String h : c.pool().popularFive(r)) {
            c.line("- " + h);
        }
        c.line("Pilihan");
        for (String h : c.pool().some(r, 4)) {
            c.line("-");
            c.line(h);
        }
        c.line("Terkini");
        for (String h : c.pool().some(r, 4)) {
            c.line("-");
            c.line(h);
        }
    }

    private static void warta(Ctx c) {
        SplittableRandom r = c.r();
        List<String> body = body(c, "Simak juga: ");
        c.line(c.portal().host() + " - " + body.get(0));
        body.subList(1, body.size()).forEach(c::line);
        c.line("Penulis: " + Words.name(r) + " | Editor: " + Words.name(r));
        c.line("Artikel Lainnya");
        numbered(c, c.pool().some(r, 5));
        c.line("Paling Banyak Dibaca");
        numbered(c, c.pool().popularFive(r));
        c.line("Tag: " + pick(r, Words.TAGS) + ", " + pick(r, Words.TAGS) + ", " + pick(r, Words.TAGS));
    }

    private static void lintas(Ctx c) {
        SplittableRandom r = c.r();
        c.line("Beranda › " + pick(r, Words.SECTIONS) + " › " + pick(r, Words.SECTIONS));
        c.line("Kanal: Metro | Ekonomi | Olahraga | Gaya Hidup | Teknologi");
        List<String> body = body(c, "Lihat Juga: ");
        c.line(c.portal().host() + " - " + body.get(0));
        body.subList(1, body.size()).forEach(c::line);
        c.line("Bagikan: Facebook Twitter WhatsApp Telegram");
        c.line("Rekomendasi Untuk Anda");
        for (String h : c.pool().some(r, 3)) {
            c.line("• " + h);
        }
        c.line("Berita Populer");
        for (String h : c.pool().popularFive(r)) {
            c.line("• " + h);
        }
        c.line("© 2026 LintasTirta. Hak cipta dilindungi.");
    }

    private static void suara(Ctx c) {
        SplittableRandom r = c.r();
        LocalDate d = c.date();
        c.line(String.format("Oleh: %s | %s, %d %s %d %02d:%02d WIB", Words.name(r),
                Words.DAYS[d.getDayOfWeek().getValue() - 1], d.getDayOfMonth(), Words.MONTHS[d.getMonthValue() - 1],
                d.getYear(), 6 + r.nextInt(16), r.nextInt(60)));
        List<String> body = body(c, "BACA JUGA: ");
        int ad = 2 + r.nextInt(Math.max(1, body.size() - 3));
        for (int i = 0; i < body.size(); i++) {
            if (i == ad) {
                c.line("ADVERTISEMENT");
                c.line("SCROLL TO CONTINUE WITH CONTENT");
            }
            c.line(i == 0 ? c.portal().host() + " - " + body.get(i) : body.get(i));
        }
        c.line("(" + initials(r) + "/" + initials(r) + ")");
        c.line("Berita Lainnya");
        for (String h : c.pool().some(r, 4)) {
            c.line("- " + h);
        }
        c.line("Terbaru");
        for (String h : c.pool().some(r, 4)) {
            c.line("-");
            c.line(h);
        }
        c.line("Redaksi | Kontak | Pedoman Media Siber | Karier");
    }

    private static void info(Ctx c) {
        SplittableRandom r = c.r();
        c.line("Home / Daerah / " + pick(r, Words.SECTIONS));
        List<String> body = body(c, "Artikel Terkait: ");
        c.line(pick(r, Words.TOWNS_UPPER) + ", " + c.portal().host() + " - " + body.get(0));
        body.subList(1, body.size()).forEach(c::line);
        c.line("Editor: " + Words.name(r));
        c.line("Topik Pilihan");
        c.line("#" + pick(r, Words.TAGS).replace(" ", "") + " #" + pick(r, Words.TAGS).replace(" ", "")
                + " #" + pick(r, Words.TAGS).replace(" ", ""));
        c.line("Terpopuler");
        numbered(c, c.pool().popularFive(r));
    }

    private static void pelita(Ctx c) {
        SplittableRandom r = c.r();
        List<String> body = body(c, "Baca juga: ");
        c.line(c.portal().host() + " - " + body.get(0));
        body.subList(1, body.size()).forEach(c::line);
        c.line("Ikuti berita terkini PelitaSamudra.id di Google News");
        c.line("Rekomendasi");
        for (String h : c.pool().some(r, 3)) {
            c.line("- " + h);
        }
        c.line("Video Pilihan");
        for (String h : c.pool().some(r, 3)) {
            c.line("-");
            c.line(h);
        }
    }

    private static void numbered(Ctx c, List<String> headlines) {
        for (int i = 0; i < headlines.size(); i++) {
            c.line((i + 1) + ". " + headlines.get(i));
        }
    }

    private static String initials(SplittableRandom r) {
        char[] c = new char[3];
        for (int i = 0; i < 3; i++) {
            c[i] = (char) ('a' + r.nextInt(26));
        }
        return new String(c);
    }

    // ---------------------------------------------------------------- body text

    /**
     * The article: 8-25 paragraphs of 8-60 words (the first one without its dateline), some body subheadings
     * (one sometimes as the last line), quotes, and 0-2 inline related links with the portal's label.
     */
    private static List<String> body(Ctx c, String relatedLabel) {
        SplittableRandom r = c.r();
        int paragraphs = 8 + (int) (18 * Math.min(r.nextDouble(), r.nextDouble()));
        List<String> lines = new ArrayList<>(paragraphs + 6);
        StringBuilder p = new StringBuilder(512);
        for (int i = 0; i < paragraphs; i++) {
            p.setLength(0);
            double u = r.nextDouble();
            int words = 8 + (int) (34 * u * u * (3 - 2 * u)) + r.nextInt(5);
            if (i > 0 && r.nextDouble() < 0.2) {
                quote(p, r, words);
            } else {
                paragraph(p, r, c, words, i == 0);
            }
            lines.add(p.toString());
        }
        if (r.nextDouble() < 0.55) {
            int subheads = 1 + r.nextInt(2);
            for (int k = 0; k < subheads; k++) {
                lines.add(3 + r.nextInt(lines.size() - 3), subheading(r));
            }
        }
        if (r.nextDouble() < 0.25) {
            lines.add(subheading(r));
        }
        int links = r.nextInt(3);
        for (int k = 0; k < links; k++) {
            lines.add(2 + r.nextInt(lines.size() - 3), relatedLabel + c.pool().any(r));
        }
        return lines;
    }

    private static void paragraph(StringBuilder p, SplittableRandom r, Ctx c, int targetWords, boolean first) {
        int words = 0;
        boolean dated = !first;
        while (words < targetWords) {
            if (!p.isEmpty()) {
                p.append(' ');
            }
            int start = p.length();
            if (!dated) {
                datedSentence(p, r, c.date());
                dated = true;
            } else {
                sentence(p, r);
            }
            words += wordsIn(p, start);
        }
    }

    private static void datedSentence(StringBuilder p, SplittableRandom r, LocalDate d) {
        p.append(Words.capitalise(pick(r, Words.SUBJECTS))).append(' ').append(pick(r, Words.ADVERBS)).append(' ')
                .append(pick(r, Words.VERBS)).append(' ').append(pick(r, Words.OBJECTS)).append(" di ")
                .append(pick(r, Words.PLACES)).append(" pada ").append(Words.DAYS[d.getDayOfWeek().getValue() - 1])
                .append(" (").append(d.getDayOfMonth()).append('/').append(d.getMonthValue()).append('/')
                .append(d.getYear()).append(") ").append(pick(r, Words.PREPS)).append('.');
    }

    private static void sentence(StringBuilder p, SplittableRandom r) {
        switch (r.nextInt(7)) {
            case 0 -> {
                p.append(Words.capitalise(pick(r, Words.SUBJECTS))).append(' ');
                if (r.nextBoolean()) {
                    p.append(pick(r, Words.ADVERBS)).append(' ');
                }
                p.append(pick(r, Words.VERBS)).append(' ').append(pick(r, Words.OBJECTS)).append(' ')
                        .append(pick(r, Words.PREPS)).append('.');
            }
            case 1 -> p.append(pick(r, Words.CONNECTORS)).append(' ').append(pick(r, Words.SUBJECTS)).append(' ')
                    .append(pick(r, Words.ADVERBS)).append(' ').append(pick(r, Words.VERBS)).append(' ')
                    .append(pick(r, Words.OBJECTS)).append(' ').append(pick(r, Words.PREPS)).append('.');
            case 2 -> {
                p.append("Sebanyak ");
                Words.appendNumber(p, 12 + r.nextInt(4000));
                p.append(' ').append(pick(r, Words.UNITS)).append(' ').append(pick(r, Words.PASSIVE)).append(' ')
                        .append(pick(r, Words.PREPS)).append('.');
            }
            case 3 -> p.append(pick(r, Words.ROLES)).append(' ').append(pick(r, Words.PLACES)).append(", ")
                    .append(Words.name(r)).append(", mengatakan pihaknya ").append(pick(r, Words.ADVERBS)).append(' ')
                    .append(pick(r, Words.VERBS)).append(' ').append(pick(r, Words.OBJECTS)).append(' ')
                    .append(pick(r, Words.PREPS)).append('.');
            case 4 -> {
                p.append("Anggaran untuk ").append(pick(r, Words.OBJECTS)).append(" tahun ini mencapai Rp")
                        .append(1 + r.nextInt(90)).append(',').append(r.nextInt(10))
                        .append(r.nextBoolean() ? " miliar." : " juta.");
            }
            case 5 -> p.append("Menurut ").append(Words.name(r)).append(", ").append(pick(r, Words.SUBJECTS))
                    .append(' ').append(pick(r, Words.ADVERBS)).append(' ').append(pick(r, Words.VERBS)).append(' ')
                    .append(pick(r, Words.OBJECTS)).append(" mulai pukul ").append(String.format("%02d:%02d",
                            6 + r.nextInt(14), 15 * r.nextInt(4))).append(" WIB.");
            default -> {
                p.append("Sekitar ").append(5 + r.nextInt(90)).append(" persen ").append(pick(r, Words.UNITS))
                        .append(" di ").append(pick(r, Words.PLACES)).append(' ').append(pick(r, Words.ADVERBS))
                        .append(' ').append(pick(r, Words.PASSIVE)).append('.');
            }
        }
    }

    /** “Kami berharap warga segera membersihkan saluran irigasi,” kata Hendra. */
    private static void quote(StringBuilder p, SplittableRandom r, int targetWords) {
        p.append('“').append(pick(r, Words.QUOTE_OPENERS)).append(' ').append(pick(r, Words.SUBJECTS)).append(' ')
                .append(pick(r, Words.ADVERBS)).append(' ').append(pick(r, Words.VERBS)).append(' ')
                .append(pick(r, Words.OBJECTS)).append(' ').append(pick(r, Words.PREPS));
        int words = wordsIn(p, 0);
        while (words + 3 < targetWords) {
            p.append(". ");
            int start = p.length();
            sentence(p, r);
            p.setLength(p.length() - 1);
            words += wordsIn(p, start);
        }
        p.append(",” ").append(pick(r, Words.QUOTE_VERBS)).append(' ').append(pick(r, Words.FIRST_NAMES)).append('.');
    }

    private static String subheading(SplittableRandom r) {
        return switch (r.nextInt(3)) {
            case 0 -> pick(r, Words.QUESTIONS);
            case 1 -> Words.capitalise(pick(r, Words.SUBJECTS)) + " " + pick(r, Words.SUBHEAD_PREDICATES);
            default -> Words.capitalise(pick(r, Words.OBJECTS)) + " " + pick(r, Words.PASSIVE) + " "
                    + pick(r, Words.PREPS);
        };
    }

    static String headline(SplittableRandom r) {
        return switch (r.nextInt(5)) {
            case 0 -> pick(r, Words.HEADLINE_SUBJECTS) + " " + pick(r, Words.PLACES) + " " + pick(r, Words.HEADLINE_VERBS)
                    + " " + Words.titleCase(pick(r, Words.OBJECTS));
            case 1 -> (3 + r.nextInt(10)) + " " + pick(r, Words.HEADLINE_THINGS) + " di " + pick(r, Words.PLACES) + " "
                    + pick(r, Words.HEADLINE_ADJ);
            case 2 -> "Harga " + pick(r, Words.COMMODITIES) + " di Pasar " + pick(r, Words.PLACES) + " "
                    + (r.nextBoolean() ? "Naik" : "Turun") + " Lagi, " + pick(r, Words.HEADLINE_ENDINGS);
            case 3 -> pick(r, Words.ROLES) + " " + pick(r, Words.PLACES) + " Minta Warga "
                    + pick(r, Words.HEADLINE_VERBS) + " " + Words.titleCase(pick(r, Words.OBJECTS));
            default -> Words.titleCase(pick(r, Words.OBJECTS)) + " di " + pick(r, Words.PLACES) + " "
                    + (r.nextBoolean() ? "Mulai Diperbaiki" : "Ditutup Sementara") + ", " + pick(r, Words.HEADLINE_ENDINGS);
        };
    }

    private static int wordsIn(CharSequence s, int from) {
        int words = 1;
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }
}
