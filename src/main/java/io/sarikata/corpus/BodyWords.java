package io.sarikata.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a body as near-duplicate detection compares them: lower-cased runs of letters and digits, the
 * dateline at the start left out (a syndicated story differs from its source in exactly that), punctuation and
 * spacing ignored.
 */
public final class BodyWords {

    private BodyWords() {
    }

    public static List<String> of(String body) {
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
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }
}
