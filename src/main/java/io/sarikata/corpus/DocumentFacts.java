package io.sarikata.corpus;

import java.util.List;
import java.util.function.Predicate;

/**
 * What a document row says besides its text: the body's hash, language, quality signals, and the metadata the page
 * carries (dateline, the first date written in the body, title). Everything is computed from the page alone, in the
 * task that labels it; near-duplicate clusters need the whole snapshot and are added after.
 *
 * @param dateWritten the first full date written in the body, ISO ({@code 2021-08-16}), or null
 * @param datesWritten how many full dates the body names
 * @param minHash the body's {@link MinHash} signature (null for a body without words): not a documents column, the
 *                build keeps it beside them for the near-duplicate step, which then needs no text
 */
public record DocumentFacts(String bodyHash, String language, double languageScore, QualitySignals quality,
                            String datelinePlace, String datelineOutlet, String dateWritten, int datesWritten,
                            String title, long[] minHash) {

    /**
     * @param blocks        every block of the page, in order
     * @param headingLevels each block's HTML heading level (0 for none)
     * @param body          the body blocks' texts, in order
     * @param isStopword    the build's stoplist
     */
    public static DocumentFacts of(List<String> blocks, int[] headingLevels, List<String> body,
                                   Predicate<String> isStopword) {
        return of(blocks, headingLevels, body, Stopwords.matching(isStopword));
    }

    /** As above, with the stoplist looked up by characters: what a build task calls for every page. */
    public static DocumentFacts of(List<String> blocks, int[] headingLevels, List<String> body, Stopwords stopwords) {
        String bodyText = String.join("\n", body);
        LanguageId.Guess language = LanguageId.get().identify(bodyText);
        int at = Dateline.indexIn(blocks);
        Dateline dateline = at < 0 ? null : Dateline.find(blocks.get(at));
        List<WrittenDates.Found> dates = WrittenDates.in(bodyText);
        BodyWords.Encoded words = BodyWords.encode(bodyText); // split once for the hash and the signature
        return new DocumentFacts(BodyHash.of(words), language.language(), language.score(),
                QualitySignals.of(body, stopwords),
                dateline == null ? null : dateline.place(), dateline == null ? null : dateline.outlet(),
                dates.isEmpty() ? null : dates.get(0).date().toString(), dates.size(),
                PageTitle.of(blocks, headingLevels, at), MinHash.signature(words));
    }
}
