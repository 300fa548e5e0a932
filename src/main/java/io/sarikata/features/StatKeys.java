package io.sarikata.features;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The 64-bit keys under which corpus statistics count a page's blocks and shapes. */
public final class StatKeys {

    private StatKeys() {
    }

    public static long textKey(String portal, String normalizedText) {
        return Hash64.of(portal, 't', normalizedText);
    }

    public static long shapeKey(String portal, String shape) {
        return Hash64.of(portal, 's', shape);
    }

    /** Every key of a page once: statistics count pages, not occurrences. */
    public static Set<Long> pageKeys(String portal, List<String> blockTexts) {
        Set<Long> keys = new LinkedHashSet<>();
        for (String text : blockTexts) {
            keys.add(textKey(portal, BlockText.normalize(text)));
            for (String shape : BlockText.shapes(text)) {
                keys.add(shapeKey(portal, shape));
            }
        }
        return keys;
    }
}
