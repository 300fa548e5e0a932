package io.sarikata.output;

import io.sarikata.model.Label;
import io.sarikata.model.LabelledBlock;
import io.sarikata.segment.Block;
import io.sarikata.segment.Page;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A labelled page's documents and blocks rows, written and read back with DuckDB. */
class OutputRowsTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void theDocumentIsTheBodyBlocksJoinedByNewlinesAndBlocksKeepTheirText() throws Exception {
        List<LabelledBlock> labelled = List.of(
                labelled(0, "Beranda / Kota", Label.NAV),
                labelled(1, "Warga \u201cmenanam\u201d pohon di taman kota.", Label.BODY),
                labelled(2, "Baca Juga: Jalan Baru Dibuka", Label.NAV),
                labelled(3, "Kata kepala desa: caf\u00e9 dan \uD83C\uDF33 ditanam.", Label.BODY));
        write("page-1", labelled);
        String body = "Warga \u201cmenanam\u201d pohon di taman kota.\nKata kepala desa: caf\u00e9 dan \uD83C\uDF33 ditanam.";
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("select text, n_blocks, n_body_blocks, n_chars from '" + dir
                    + "/documents.parquet'")) {
                rs.next();
                assertEquals(body, rs.getString(1));
                assertEquals(4, rs.getInt(2));
                assertEquals(2, rs.getInt(3));
                assertEquals(body.length(), rs.getInt(4), "n_chars counts UTF-16 units, as Java's String.length");
            }
            try (ResultSet rs = st.executeQuery("select block_index, text, label from '" + dir
                    + "/blocks.parquet' order by block_index")) {
                for (LabelledBlock b : labelled) {
                    rs.next();
                    assertEquals(b.block().index(), rs.getInt(1));
                    assertEquals(b.block().text(), rs.getString(2));
                    assertEquals(b.label().code(), rs.getString(3));
                }
                assertFalse(rs.next());
            }
        }
    }

    @Test
    void aPageWithoutBodyHasAnEmptyDocument() throws Exception {
        write("page-2", List.of(labelled(0, "Terpopuler", Label.NAV), labelled(1, "1. Judul Lain", Label.NAV)));
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select text, n_body_blocks, n_chars from '" + dir + "/documents.parquet'")) {
            rs.next();
            assertEquals("", rs.getString(1));
            assertEquals(0, rs.getInt(2));
            assertEquals(0, rs.getInt(3));
        }
    }

    private static LabelledBlock labelled(int index, String text, Label label) {
        return new LabelledBlock(new Block(index, index + 1, index + 1, text, Double.NaN), label,
                label == Label.BODY ? 0.9 : 0.1, "block:test");
    }

    private void write(String source, List<LabelledBlock> labelled) throws Exception {
        List<Block> blocks = new ArrayList<>();
        labelled.forEach(b -> blocks.add(b.block()));
        Page page = new Page(Page.docId(source), source, "kabar.id", blocks, "UTF-8", "", 100);
        byte[][] texts = OutputRows.encodedTexts(labelled);
        Configuration conf = new Configuration();
        try (ParquetRowWriter documents = ParquetRowWriter.create(new Path(dir + "/documents.parquet"),
                OutputRows.DOCUMENT_FILE, conf);
             ParquetRowWriter rows = ParquetRowWriter.create(new Path(dir + "/blocks.parquet"), OutputRows.BLOCK_FILE,
                     conf)) {
            documents.write(OutputRows.document(page, source, labelled, texts, "m-test"));
            for (int i = 0; i < texts.length; i++) {
                rows.write(OutputRows.block(page, labelled.get(i), texts[i]));
            }
        }
    }
}
