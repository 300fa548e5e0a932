package io.sarikata.input;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Builds gzip and tar fixtures in memory. */
final class TestArchives {

    private TestArchives() {
    }

    /** One tar member: a regular file unless {@code linkFlag} says otherwise. */
    record Member(String name, byte[] bytes, byte linkFlag) {
        static Member file(String name, String text) {
            return new Member(name, utf8(text), TarConstants.LF_NORMAL);
        }

        static Member file(String name, byte[] bytes) {
            return new Member(name, bytes, TarConstants.LF_NORMAL);
        }

        static Member directory(String name) {
            return new Member(name, new byte[0], TarConstants.LF_DIR);
        }

        static Member symlink(String name) {
            return new Member(name, new byte[0], TarConstants.LF_SYMLINK);
        }

        /** A hardlink to {@code target}, an earlier member: tar stores no data for it. */
        static Member hardlink(String name, String target) {
            return new Member(name, utf8(target), TarConstants.LF_LINK);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gzip(String text) {
        return gzip(utf8(text));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] tar(Member... members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Member member : members) {
                TarArchiveEntry entry = new TarArchiveEntry(member.name(), member.linkFlag());
                if (member.linkFlag() == TarConstants.LF_SYMLINK) {
                    entry.setLinkName("elsewhere.txt");
                } else if (member.linkFlag() == TarConstants.LF_LINK) {
                    entry.setLinkName(new String(member.bytes(), StandardCharsets.UTF_8));
                }
                boolean hasData = member.linkFlag() == TarConstants.LF_NORMAL;
                entry.setSize(hasData ? member.bytes().length : 0);
                tar.putArchiveEntry(entry);
                if (hasData) {
                    tar.write(member.bytes());
                }
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] truncate(byte[] bytes, int length) {
        return Arrays.copyOf(bytes, length);
    }
}
