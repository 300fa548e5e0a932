package io.sarikata.spark;

import io.sarikata.input.Reject;
import io.sarikata.segment.Block;
import io.sarikata.segment.Page;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A read page or reject as compact bytes, the form in which the build keeps what pass 1 read for pass 2.
 * Java serialisation of the page records was several times slower and larger; strings are length-prefixed
 * UTF-8, so no size limit applies.
 */
public final class ReadItemCodec {

    private static final byte PAGE = 1;
    private static final byte REJECT = 2;

    private ReadItemCodec() {
    }

    public static byte[] encode(ReadItem item) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(item.isPage() ? 256 + 64 * item.page().blocks().size() : 128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            if (item.isPage()) {
                Page p = item.page();
                out.writeByte(PAGE);
                writeString(out, p.docId());
                writeString(out, p.source());
                writeString(out, p.portal());
                writeString(out, p.charset());
                writeString(out, p.decodeNote());
                out.writeLong(p.sizeBytes());
                out.writeInt(p.blocks().size());
                for (Block b : p.blocks()) {
                    out.writeInt(b.index());
                    out.writeInt(b.lineStart());
                    out.writeInt(b.lineEnd());
                    writeString(out, b.text());
                    out.writeDouble(b.linkRatio());
                    out.writeInt(b.headingLevel());
                }
            } else {
                Reject r = item.reject();
                out.writeByte(REJECT);
                writeString(out, r.source());
                writeString(out, r.reason());
                out.writeBoolean(r.detail() != null);
                if (r.detail() != null) {
                    writeString(out, r.detail());
                }
                out.writeLong(r.sizeBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
        return bytes.toByteArray();
    }

    public static ReadItem decode(byte[] encoded) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            byte kind = in.readByte();
            if (kind == PAGE) {
                String docId = readString(in);
                String source = readString(in);
                String portal = readString(in);
                String charset = readString(in);
                String decodeNote = readString(in);
                long sizeBytes = in.readLong();
                int n = in.readInt();
                List<Block> blocks = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    blocks.add(new Block(in.readInt(), in.readInt(), in.readInt(), readString(in), in.readDouble(), in.readInt()));
                }
                return ReadItem.of(new Page(docId, source, portal, List.copyOf(blocks), charset, decodeNote, sizeBytes));
            }
            if (kind == REJECT) {
                String source = readString(in);
                String reason = readString(in);
                String detail = in.readBoolean() ? readString(in) : null;
                return ReadItem.of(new Reject(source, reason, detail, in.readLong()));
            }
            throw new IllegalArgumentException("not an encoded read item: kind " + kind);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated read item: " + e, e);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
