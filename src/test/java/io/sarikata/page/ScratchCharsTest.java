package io.sarikata.page;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class ScratchCharsTest {

    @Test
    void holdsTheTextsCharactersInOneReusedBuffer() {
        String text = "Warga \u201cmenanam\u201d pohon";
        char[] first = ScratchChars.of(text);
        assertEquals(text, new String(first, 0, text.length()));
        char[] second = ScratchChars.of("kota");
        assertSame(first, second);
        assertEquals("kota", new String(second, 0, 4));
    }

    @Test
    void growsForLongerTextsButKeepsNoHugeBuffer() {
        String longer = "a".repeat(20_000);
        char[] grown = ScratchChars.of(longer);
        assertEquals(longer, new String(grown, 0, longer.length()));
        assertSame(grown, ScratchChars.of("b"), "the grown buffer is kept");

        String huge = "c".repeat(ScratchChars.LARGEST_KEPT + 1);
        char[] own = ScratchChars.of(huge);
        assertEquals(huge, new String(own));
        assertNotSame(own, ScratchChars.of("d"), "a huge text's array is not kept");
        assertSame(grown, ScratchChars.of("e"));
    }
}
