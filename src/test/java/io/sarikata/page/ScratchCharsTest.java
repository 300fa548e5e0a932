package io.sarikata.page;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class ScratchCharsTest {

    private final ScratchChars scratch = new ScratchChars();

    @Test
    void holdsTheTextsCharactersInOneReusedBuffer() {
        String text = "Warga \u201cmenanam\u201d pohon";
        char[] first = scratch.chars(text);
        assertEquals(text, new String(first, 0, text.length()));
        char[] second = scratch.chars("kota");
        assertSame(first, second);
        assertEquals("kota", new String(second, 0, 4));
    }

    @Test
    void eachThreadHasItsOwnScratch() throws InterruptedException {
        ScratchChars mine = ScratchChars.ofThisThread();
        assertSame(mine, ScratchChars.ofThisThread());
        ScratchChars[] other = new ScratchChars[1];
        Thread thread = new Thread(() -> other[0] = ScratchChars.ofThisThread());
        thread.start();
        thread.join();
        assertNotSame(mine, other[0]);
    }

    @Test
    void growsForLongerTextsButKeepsNoHugeBuffer() {
        String longer = "a".repeat(20_000);
        char[] grown = scratch.chars(longer);
        assertEquals(longer, new String(grown, 0, longer.length()));
        assertSame(grown, scratch.chars("b"), "the grown buffer is kept");

        String huge = "c".repeat(ScratchChars.LARGEST_KEPT + 1);
        char[] own = scratch.chars(huge);
        assertEquals(huge, new String(own));
        assertNotSame(own, scratch.chars("d"), "a huge text's array is not kept");
        assertSame(grown, scratch.chars("e"));
    }
}
