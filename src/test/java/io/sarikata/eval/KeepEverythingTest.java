package io.sarikata.eval;

import io.sarikata.model.Label;
import io.sarikata.segment.Block;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class KeepEverythingTest {

    @Test
    void everyBlockIsBody() {
        List<Block> blocks = List.of(new Block(0, 1, 1, "Beranda", 1.0), new Block(1, 2, 2, "\u2022", Double.NaN),
                new Block(2, 3, 3, "Harga cabai naik.", 0));
        assertArrayEquals(new Label[] {Label.BODY, Label.BODY, Label.BODY}, new KeepEverything().classify(blocks, "p"));
    }

    @Test
    void emptyPage() {
        assertEquals(0, new KeepEverything().classify(List.of(), "p").length);
    }

    @Test
    void name() {
        assertEquals("keep_everything", new KeepEverything().name());
    }
}
