package io.sarikata.spark;

import io.sarikata.input.Reject;
import io.sarikata.input.RejectReason;
import io.sarikata.segment.Block;
import io.sarikata.segment.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReadItemCodecTest {

    @Test
    void pagesComeBackEqual() {
        Page page = new Page("0123456789abcdef", "/d/kabar/001_x.txt", "kabar.id", List.of(
                new Block(0, 1, 1, "Judul Berita Hari Ini", Double.NaN, 0),
                new Block(1, 3, 4, "Isi \u00e9 \u4e2d \ud83d\ude00 dan \"kutipan\".", 0.25, 2)),
                "UTF-8", "", 1234);
        assertEquals(ReadItem.of(page), ReadItemCodec.decode(ReadItemCodec.encode(ReadItem.of(page))));
    }

    @Test
    void rejectsComeBackEqualWithOrWithoutDetail() {
        for (String detail : new String[] {null, "", "50 MB line"}) {
            Reject reject = Reject.of("/d/a.tgz!x/b.txt", RejectReason.TOO_LARGE, detail, -1);
            assertEquals(ReadItem.of(reject), ReadItemCodec.decode(ReadItemCodec.encode(ReadItem.of(reject))));
        }
    }

    @Test
    void longAndRandomTextSurvives() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < random.nextInt(5); i++) {
                StringBuilder sb = new StringBuilder();
                int length = round == 0 ? 200_000 : random.nextInt(50);
                for (int c = 0; c < length; c++) {
                    sb.append((char) (32 + random.nextInt(0xD000))); // below the surrogates: always valid text
                }
                blocks.add(new Block(i, i + 1, i + 1, sb.toString(), random.nextDouble(), random.nextInt(7)));
            }
            Page page = new Page("id", "s" + round, "p", List.copyOf(blocks), "windows-1252", "decoded as windows-1252", round);
            assertEquals(ReadItem.of(page), ReadItemCodec.decode(ReadItemCodec.encode(ReadItem.of(page))));
        }
    }

    @Test
    void garbageIsAClearError() {
        assertThrows(IllegalArgumentException.class, () -> ReadItemCodec.decode(new byte[] {9}));
        assertThrows(IllegalArgumentException.class, () -> ReadItemCodec.decode(new byte[] {1, 0, 0}));
    }
}
