package io.sarikata.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A dateline a template sets on its own line ("Jakarta -", "LONDON --") is the opening of the paragraph after
 * it, not a line of its own: it takes that paragraph's label. Typography, not a portal's words: a few words with
 * letters and no digits, ended by a dash after a space. A timestamp ("2008-01-15 20:04 -") has digits and stays
 * as labelled.
 */
public final class DatelineLines {

    /** Reason of a dateline line labelled body because the paragraph it opens is. */
    public static final String REASON = "page:dateline_opens_next_paragraph";
    private static final int MAX_WORDS = 4;

    private DatelineLines() {
    }

    /** True for a short line of letters that ends with a dash after a space. */
    static boolean isDateline(String text) {
        String t = text.strip();
        int dash = t.length() - 1;
        while (dash >= 0 && isDash(t.charAt(dash))) {
            dash--;
        }
        if (dash == t.length() - 1 || dash < 1 || !Character.isWhitespace(t.charAt(dash)) || t.length() - 1 - dash > 2) {
            return false;
        }
        String head = t.substring(0, dash).strip();
        boolean letters = false;
        int words = head.isEmpty() ? 0 : 1;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
            words += Character.isWhitespace(c) && !Character.isWhitespace(head.charAt(i - 1)) ? 1 : 0;
        }
        return letters && words <= MAX_WORDS;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    /** The labels with every dateline line that opens a body paragraph made body, with that paragraph's score. */
    public static List<LabelledBlock> joinToNextParagraph(List<LabelledBlock> labelled) {
        List<LabelledBlock> out = null;
        for (int i = 0; i + 1 < labelled.size(); i++) {
            LabelledBlock line = labelled.get(i);
            LabelledBlock next = labelled.get(i + 1);
            if (line.label() == Label.NAV && next.label() == Label.BODY && isDateline(line.block().text())) {
                out = out == null ? new ArrayList<>(labelled) : out;
                out.set(i, new LabelledBlock(line.block(), Label.BODY, Math.max(line.score(), next.score()), REASON));
            }
        }
        return out == null ? labelled : out;
    }
}
