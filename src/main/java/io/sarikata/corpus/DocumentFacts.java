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
 */
public record DocumentFacts(String bodyHash, String language, double languageScore, QualitySignals quality,
                            String datelinePlace, String datelineOutlet, String dateWritten, int datesWritten,
                            String title) {

    /**
     * @param blocks        every block of the page, in order
     * @param headingLevels each block's HTML heading level (0 for none)
     * @param body          the body blocks' texts, in order
     * @param isStopword    the build's stoplist
     */
    public static DocumentFacts of(List<String> blocks, int[] headingLevels, List<String> body,
                                   Predicate<String> isStopword) {
        String bodyText = String.join("\n", body);
        LanguageId.Guess language = LanguageId.get().identify(bodyText);
        int at = Dateline.indexIn(blocks);
        Dateline dateline = at < 0 ? null : Dateline.find(blocks.get(at));
        List<WrittenDates.Found> dates = WrittenDates.in(bodyText);
        return new DocumentFacts(BodyHash.of(BodyWords.of(bodyText)), language.language(), language.score(),
                QualitySignals.of(body, isStopword),
                dateline == null ? null : dateline.place(), dateline == null ? null : dateline.outlet(),
                dates.isEmpty() ? null : dates.get(0).date().toString(), dates.size(),
                PageTitle.of(blocks, headingLevels, at));
    }
}
