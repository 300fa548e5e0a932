package io.sarikata.corpus;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Syndicated copies of a story written for this test (another dateline, a "Baca Juga" line added, one sentence
 * changed) must cluster with it; other stories, on the same subject or not, must not.
 */
class NearDuplicatesTest {

    private static final String STORY = NearDuplicatesTestFixtures.STORY;
    private static final String OTHER_DATELINE = NearDuplicatesTestFixtures.OTHER_DATELINE;
    private static final String WITH_BACA_JUGA = NearDuplicatesTestFixtures.WITH_BACA_JUGA;
    private static final String ONE_SENTENCE_CHANGED = NearDuplicatesTestFixtures.ONE_SENTENCE_CHANGED;
    private static final String SAME_SUBJECT = NearDuplicatesTestFixtures.SAME_SUBJECT;
    private static final String UNRELATED = NearDuplicatesTestFixtures.UNRELATED;


    /** The Jaccard similarity of the two bodies' 5-word shingle sets, which MinHash estimates. */
    static double exactJaccard(String a, String b) {
        java.util.Set<String> x = shingles(a);
        java.util.Set<String> y = shingles(b);
        java.util.Set<String> both = new java.util.HashSet<>(x);
        both.retainAll(y);
        java.util.Set<String> either = new java.util.HashSet<>(x);
        either.addAll(y);
        return (double) both.size() / either.size();
    }

    private static java.util.Set<String> shingles(String text) {
        List<String> words = BodyWords.of(text);
        java.util.Set<String> shingles = new java.util.HashSet<>();
        for (int i = 0; i + MinHash.SHINGLE_WORDS <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + MinHash.SHINGLE_WORDS)));
        }
        return shingles;
    }

    private static double similarity(String a, String b) {
        return MinHash.similarity(MinHash.signature(BodyWords.of(a)), MinHash.signature(BodyWords.of(b)));
    }

    @Test
    void syndicatedCopiesAreAboveTheThresholdAndOthersFarBelow() {
        for (String copy : List.of(OTHER_DATELINE, WITH_BACA_JUGA, ONE_SENTENCE_CHANGED)) {
            double s = similarity(STORY, copy);
            System.out.printf("near-duplicate similarity of a copy: %.3f (exact Jaccard %.3f)%n", s, exactJaccard(STORY, copy));
            assertTrue(s >= MinHash.THRESHOLD, "copy at " + s);
        }
        for (String other : List.of(SAME_SUBJECT, UNRELATED)) {
            double s = similarity(STORY, other);
            System.out.printf("near-duplicate similarity of another story: %.3f%n", s);
            assertTrue(s < 0.2, "other story at " + s);
        }
    }

    /**
     * One-permutation hashing with densification must estimate Jaccard as {@link MinHash#HASHES} independent hashes
     * would: unbiased, with a standard deviation of at most {@code sqrt(J(1-J)/120)} (0.046 at J = 0.5). Over 400
     * seeded pairs of 50-650 words, one a copy of the other with up to an eighth of its words replaced.
     */
    @Test
    void estimatesTrackTheExactJaccardAsIndependentHashesWould() {
        java.util.Random random = new java.util.Random(3);
        double squares = 0;
        double bias = 0;
        int n = 400;
        for (int t = 0; t < n; t++) {
            int length = 50 + random.nextInt(600);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                words.add("w" + random.nextInt(5000));
            }
            List<String> copy = new ArrayList<>(words);
            for (int c = random.nextInt(Math.max(1, length / 8)); c > 0; c--) {
                copy.set(random.nextInt(length), "x" + random.nextInt(100_000));
            }
            double error = MinHash.similarity(MinHash.signature(words), MinHash.signature(copy))
                    - exactJaccard(String.join(" ", words), String.join(" ", copy));
            squares += error * error;
            bias += error;
        }
        double rms = Math.sqrt(squares / n);
        System.out.printf("minhash estimates over %d pairs: rms error %.4f, mean error %.4f%n", n, rms, bias / n);
        assertTrue(rms < 0.045, "rms error " + rms);
        assertTrue(Math.abs(bias / n) < 0.01, "bias " + bias / n);
    }

    @Test
    void cpuPerSignature() {
        String body = (STORY + "\n" + SAME_SUBJECT + "\n" + UNRELATED).repeat(2); // about 3,700 characters
        for (int i = 0; i < 3000; i++) {
            MinHash.signature(BodyWords.encode(body));
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int n = 3000;
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            MinHash.signature(BodyWords.encode(body));
        }
        double micros = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / n;
        System.out.printf("minhash: %.0f microseconds of CPU per body of %d characters, %d words%n", micros, body.length(),
                BodyWords.of(body).size());
        assertTrue(micros < 5000);
    }

    /** The first values of the signature of "satu dua tiga empat lima enam" under {@link MinHash#METHOD}. */
    private static final String PINNED = "[3174039117, 3174039117, 3896929697, 3896929697]";

    @Test
    void anotherDatelineGivesTheSameBodyHash() {
        assertEquals(BodyHash.of(BodyWords.of(STORY)), BodyHash.of(BodyWords.of(OTHER_DATELINE)));
        assertNotEquals(BodyHash.of(BodyWords.of(STORY)), BodyHash.of(BodyWords.of(WITH_BACA_JUGA)));
        assertEquals("", BodyHash.of(BodyWords.of("")));
    }

    @Test
    void signaturesAreTheSameOnEveryRun() {
        // Pinned: a change of seeds or hashing would break the stability of clusters across runs, and the signatures
        // an earlier snapshot stored: such a change must come with a new MinHash.METHOD.
        long[] sig = MinHash.signature(BodyWords.of("satu dua tiga empat lima enam"));
        assertEquals(MinHash.HASHES, sig.length);
        assertEquals("oph-densified-120x32-v1", MinHash.METHOD);
        assertEquals(PINNED, java.util.Arrays.toString(java.util.Arrays.copyOf(sig, 4)));
        assertEquals(java.util.Arrays.toString(sig), java.util.Arrays.toString(MinHash.fromBytes(MinHash.toBytes(sig))));
        assertEquals(MinHash.signature(BodyWords.of("Satu, dua; tiga empat lima enam."))[0], sig[0]);
        assertEquals(null, MinHash.signature(List.of()));
    }

    /** The whole path: band buckets, candidate pairs, verification, clusters; precision and recall on the fixtures. */
    @Test
    void clustersCopiesAndLeavesOthersAlone() {
        Map<String, String> docs = new HashMap<>();
        docs.put("d4", STORY);
        docs.put("a1", OTHER_DATELINE);
        docs.put("c3", WITH_BACA_JUGA);
        docs.put("b2", ONE_SENTENCE_CHANGED);
        docs.put("e5", SAME_SUBJECT);
        docs.put("f6", UNRELATED);
        Map<String, long[]> sigs = new HashMap<>();
        docs.forEach((id, text) -> sigs.put(id, MinHash.signature(BodyWords.of(text))));
        Map<Long, List<String>> buckets = new HashMap<>();
        sigs.forEach((id, sig) -> {
            for (long key : MinHash.bandKeys(sig)) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
            }
        });
        List<String[]> verified = new ArrayList<>();
        for (List<String> bucket : buckets.values()) {
            for (String[] pair : DuplicateClusters.candidatePairs(bucket, 50)) {
                if (MinHash.similarity(sigs.get(pair[0]), sigs.get(pair[1])) >= MinHash.THRESHOLD) {
                    verified.add(pair);
                }
            }
        }
        List<DuplicateClusters.Member> members = new ArrayList<>();
        docs.keySet().forEach(id -> members.add(new DuplicateClusters.Member(id, id.equals("c3") ? "2024-03-04" : null)));
        Map<String, DuplicateClusters.Assignment> clusters = DuplicateClusters.assign(members, verified);
        // c3 carries the earliest (only) date: it represents the four copies.
        for (String id : List.of("a1", "b2", "c3", "d4")) {
            assertEquals("c3", clusters.get(id).cluster(), id);
        }
        assertTrue(clusters.get("c3").representative());
        assertFalse(clusters.get("a1").representative());
        assertEquals(new DuplicateClusters.Assignment("e5", true), clusters.get("e5"));
        assertEquals(new DuplicateClusters.Assignment("f6", true), clusters.get("f6"));
    }

    @Test
    void withoutDatesTheSmallestIdRepresentsInAnyOrder() {
        List<DuplicateClusters.Member> members = List.of(new DuplicateClusters.Member("z", null),
                new DuplicateClusters.Member("m", null), new DuplicateClusters.Member("b", null));
        List<String[]> pairs = List.of(new String[] {"z", "m"}, new String[] {"m", "b"});
        Map<String, DuplicateClusters.Assignment> one = DuplicateClusters.assign(members, pairs);
        Map<String, DuplicateClusters.Assignment> other = DuplicateClusters.assign(List.of(members.get(2), members.get(0),
                members.get(1)), List.of(pairs.get(1), pairs.get(0)));
        assertEquals(one, other);
        assertEquals(new DuplicateClusters.Assignment("b", true), one.get("b"));
        assertEquals(new DuplicateClusters.Assignment("b", false), one.get("z"));
    }

    @Test
    void largeBucketsPairWithTheirFirstOnly() {
        assertEquals(3, DuplicateClusters.candidatePairs(List.of("c", "a", "b"), 3).size());
        List<String[]> star = DuplicateClusters.candidatePairs(List.of("c", "a", "b", "d"), 3);
        assertEquals(3, star.size());
        star.forEach(p -> assertEquals("a", p[0]));
    }

    /** The words as the build split them before it kept them as bytes: a lower-cased string per run of letters and digits. */
    private static List<String> referenceWords(String body) {
        String text = body;
        Dateline dateline = Dateline.find(body);
        if (dateline != null) {
            text = body.substring(dateline.end());
        }
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

    @Test
    void encodedWordsAreTheWordsAndHashAsTheirStrings() {
        String[] pieces = {"Jakarta - ", "Kabar.com - ", "Warga", "DESA", "İstanbul", "STRASSE", "ΣΟΦΙΑΣ", "日本語", "💸", "x\ud83dy",
                "Rp37,9", "(16/8/2021)", "\u201cKami", "...", " ", "\n", "-", "ǅemal", "ﬁne"};
        java.util.Random random = new java.util.Random(11);
        for (int t = 0; t < 3000; t++) {
            StringBuilder body = new StringBuilder();
            for (int w = random.nextInt(30); w >= 0; w--) {
                body.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            List<String> expected = referenceWords(body.toString());
            BodyWords.Encoded encoded = BodyWords.encode(body.toString());
            assertEquals(expected, encoded.words(), body.toString());
            assertEquals(BodyHash.of(expected), BodyHash.of(encoded), body.toString());
            assertEquals(java.util.Arrays.toString(MinHash.signature(expected)),
                    java.util.Arrays.toString(MinHash.signature(encoded)), body.toString());
        }
    }
}
