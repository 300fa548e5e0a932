package io.sarikata.input;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Turns one input file (a page, a gzipped page, or a tar bundle of pages) into {@link RawPage}s.
 *
 * <p>It never throws for bad content or failed IO: every problem becomes a {@link Reject}, so one bad file
 * cannot take a task down and nothing disappears without a trace. Exceptions thrown by the consumers
 * themselves are not caught.
 */
public final class PageUnpacker {

    /** Java arrays stop a little short of Integer.MAX_VALUE; a page can never be larger than one array. */
    private static final int LARGEST_PAGE_ARRAY = Integer.MAX_VALUE - 16;
    private static final int GZIP_BUFFER_BYTES = 64 * 1024;
    private static final long GZIP_END_CHECK_BYTES = 1024 * 1024;

    private final ReaderLimits limits;

    public PageUnpacker(ReaderLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads one input file and hands each page or problem to the consumers, in the order found.
     *
     * @param source     the file path; its name decides the format
     * @param portalHint the fallback portal name for a page that is the whole file (archive members get their own)
     * @param open       opens the file; called at most once, and not at all for an unsupported name
     */
    public void unpack(String source, String portalHint, IOSupplier<InputStream> open,
                       Consumer<RawPage> pages, Consumer<Reject> rejects) {
        String fileName = fileName(source);
        Format format = Format.of(fileName);
        if (format == Format.UNSUPPORTED) {
            rejects.accept(Reject.of(source, RejectReason.UNSUPPORTED,
                    "no supported page or bundle extension: " + fileName, -1));
            return;
        }
        InputStream opened;
        try {
            opened = open.get();
        } catch (IOException | RuntimeException e) {
            rejects.accept(Reject.of(source, RejectReason.UNREADABLE, messageOf(e), -1));
            return;
        }
        if (opened == null) {
            rejects.accept(Reject.of(source, RejectReason.UNREADABLE, "opening the file gave no stream", -1));
            return;
        }
        FaultRecordingStream file = new FaultRecordingStream(opened, true);
        try {
            new Unpacking(source, portalHint, file, pages, rejects).run(format, fileName);
        } finally {
            closeQuietly(file);
        }
    }

    /** Whether the file is a bundle of pages (tar, tar.gz, tgz) rather than one page. */
    public static boolean isBundle(String source) {
        Format format = Format.of(fileName(source));
        return format == Format.TAR || format == Format.TAR_GZ;
    }

    /** What a file name says the bytes are. */
    private enum Format {
        TEXT, HTML, GZIP_PAGE, TAR, TAR_GZ, UNSUPPORTED;

        static Format of(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            // Longest suffixes first: "x.tar.gz" is a bundle, not a gzipped page.
            if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
                return TAR_GZ;
            }
            if (name.endsWith(".tar")) {
                return TAR;
            }
            if (name.endsWith(".gz")) {
                return GZIP_PAGE;
            }
            if (name.endsWith(".txt")) {
                return TEXT;
            }
            if (isHtmlName(name)) {
                return HTML;
            }
            return UNSUPPORTED;
        }

        /** A gzipped page is text unless the name under the .gz says HTML. */
        static boolean gzippedPageIsHtml(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            return isHtmlName(name.substring(0, name.length() - ".gz".length()));
        }

        private static boolean isHtmlName(String lowerName) {
            return lowerName.endsWith(".html") || lowerName.endsWith(".htm");
        }
    }

    /** The reading of one input file; it remembers whether anything came out, so an empty bundle is reported. */
    private final class Unpacking {
        private final String source;
        private final String portalHint;
        private final FaultRecordingStream file;
        private final Consumer<RawPage> pages;
        private final Consumer<Reject> rejects;
        private int emitted;

        Unpacking(String source, String portalHint, FaultRecordingStream file,
                  Consumer<RawPage> pages, Consumer<Reject> rejects) {
            this.source = source;
            this.portalHint = portalHint;
            this.file = file;
            this.pages = pages;
            this.rejects = rejects;
        }

        void run(Format format, String fileName) {
            InputStream gunzipped = null;
            try {
                switch (format) {
                    case TEXT, HTML -> readPage(source, portalHint, format == Format.HTML, file, -1);
                    case GZIP_PAGE -> {
                        gunzipped = gunzip(file);
                        readPage(source, portalHint, Format.gzippedPageIsHtml(fileName), gunzipped, -1);
                    }
                    case TAR -> readTar(file, "tar", false);
                    case TAR_GZ -> {
                        gunzipped = gunzip(file);
                        readTar(gunzipped, "tar.gz", true);
                    }
                    default -> throw new IllegalStateException("unsupported formats are rejected before opening");
                }
            } catch (IOException e) {
                // Single pages and a bad gzip header get here; tar bundles report their own damage.
                if (file.failed()) {
                    reject(source, RejectReason.UNREADABLE, messageOf(e), -1);
                } else {
                    reject(source, RejectReason.CORRUPT_ARCHIVE, "damaged gzip stream: " + messageOf(e), -1);
                }
            } finally {
                closeQuietly(gunzipped);
            }
        }

        /** @param checkGzipEnd read on past the tar's end, so that a damaged gzip ending is noticed too */
        private void readTar(InputStream in, String kind, boolean checkGzipEnd) {
            TarEndWatch watched = new TarEndWatch(in);
            TarArchiveInputStream tar = new TarArchiveInputStream(watched, "UTF-8");
            int membersRead = 0;
            String current = null;
            try {
                for (TarArchiveEntry entry = nextEntry(tar); entry != null; entry = nextEntry(tar)) {
                    watched.entryDataStartsHere(entry.getSize());
                    if (entry.isDirectory()) {
                        continue;
                    }
                    if (!isRegularFile(entry)) {
                        rejectSpecialMember(entry);
                        membersRead++;
                        continue;
                    }
                    current = entry.getName();
                    readMember(tar, entry);
                    membersRead++;
                    current = null;
                }
                if (checkGzipEnd) {
                    readGzipEnd(in);
                }
            } catch (IOException e) {
                if (file.failed()) {
                    reject(source, RejectReason.UNREADABLE, messageOf(e), -1);
                } else {
                    String where = current == null ? "" : ", while reading member " + current;
                    reject(source, RejectReason.CORRUPT_ARCHIVE, "damaged " + kind + " stream after " + membersRead
                            + " complete members" + where + ": " + messageOf(e), -1);
                }
                return;
            }
            if (watched.bytesRead() == 0) {
                reject(source, RejectReason.EMPTY, "the " + kind + " bundle is empty", -1);
            } else if (!watched.endedWithZeroBlock()) {
                reject(source, RejectReason.CORRUPT_ARCHIVE, "damaged " + kind + " stream after " + membersRead
                        + " complete members: it stops without the end-of-archive marker (truncated)", -1);
            } else if (emitted == 0) {
                reject(source, RejectReason.EMPTY, "the " + kind + " bundle holds no files", -1);
            }
        }

        /** Throws IOException only when the bundle itself is damaged or unreadable; a bad member is rejected here. */
        private void readMember(TarArchiveInputStream tar, TarArchiveEntry entry) throws IOException {
            String memberName = entry.getName();
            String memberSource = source + "!" + memberName;
            String memberFileName = fileName(memberName);
            String hint = memberPortalHint(memberName);
            long size = entry.getSize();
            if (memberFileName.startsWith(".")) {
                // Hidden files (macOS "._x.txt" AppleDouble companions) look like pages but are not.
                reject(memberSource, RejectReason.UNSUPPORTED, "hidden file in bundle: " + memberFileName, size);
                return;
            }
            Format format = Format.of(memberFileName);
            switch (format) {
                case UNSUPPORTED -> reject(memberSource, RejectReason.UNSUPPORTED,
                        "no supported page extension: " + memberFileName, size);
                case TAR, TAR_GZ -> reject(memberSource, RejectReason.UNSUPPORTED,
                        "bundle inside a bundle is not read: " + memberFileName, size);
                case TEXT, HTML -> {
                    if (size > limits.maxPageBytes()) {
                        // The header tells the size, so the member is skipped without reading it.
                        reject(memberSource, RejectReason.TOO_LARGE, size + " bytes, more than the limit of "
                                + limits.maxPageBytes(), size);
                    } else {
                        readPage(memberSource, hint, format == Format.HTML, tar, size);
                    }
                }
                case GZIP_PAGE -> readGzippedMember(tar, memberSource, hint,
                        Format.gzippedPageIsHtml(memberFileName), size);
                default -> throw new IllegalStateException("unknown format " + format);
            }
        }

        /**
         * Links and special files carry no page of their own: each becomes a reject saying what it is, so a bundle's
         * count of members adds up. A hardlink's page is the member it links to, read under that member's name.
         */
        private void rejectSpecialMember(TarArchiveEntry entry) {
            String memberSource = source + "!" + entry.getName();
            String detail;
            if (entry.isSymbolicLink()) {
                detail = "symlink in bundle, to " + entry.getLinkName() + ": links are not followed";
            } else if (entry.isLink()) {
                detail = "hardlink in bundle, to member " + entry.getLinkName() + ": its page is read as that member";
            } else if (entry.isFIFO()) {
                detail = "fifo in bundle: not a page";
            } else if (entry.isCharacterDevice() || entry.isBlockDevice()) {
                detail = "device in bundle: not a page";
            } else {
                detail = "not a regular file in bundle (tar type '" + (char) entry.getLinkFlag() + "')";
            }
            reject(memberSource, RejectReason.UNSUPPORTED, detail, -1);
        }

        private void readGzippedMember(TarArchiveInputStream tar, String memberSource, String hint, boolean html,
                                       long compressedSize) throws IOException {
            // The bundle must stay open for the next member, and a failure must be pinned on the right layer.
            FaultRecordingStream member = new FaultRecordingStream(tar, false);
            InputStream gunzipped = null;
            try {
                gunzipped = gunzip(member);
                readPage(memberSource, hint, html, gunzipped, -1);
            } catch (IOException e) {
                if (member.failed()) {
                    throw e;
                }
                reject(memberSource, RejectReason.CORRUPT_ARCHIVE, "damaged gzip member: " + messageOf(e),
                        compressedSize);
            } finally {
                closeQuietly(gunzipped);
            }
        }

        private void readPage(String pageSource, String hint, boolean html, InputStream in, long knownSize)
                throws IOException {
            byte[] bytes = readAtMost(in, limits.maxPageBytes());
            if (bytes == null) {
                String size = knownSize >= 0 ? knownSize + " bytes" : "the page";
                reject(pageSource, RejectReason.TOO_LARGE, size + " is more than the limit of "
                        + limits.maxPageBytes() + " bytes", knownSize);
                return;
            }
            emitted++;
            pages.accept(new RawPage(pageSource, hint, html, bytes));
        }

        /** A member's portal is its folder inside the bundle; a member at the top takes the bundle's name. */
        private String memberPortalHint(String memberName) {
            List<String> parts = pathParts(memberName);
            return parts.size() >= 2 ? parts.get(parts.size() - 2) : bundleBaseName(fileName(source));
        }

        private void reject(String rejectSource, RejectReason reason, String detail, long sizeBytes) {
            emitted++;
            rejects.accept(Reject.of(rejectSource, reason, detail, sizeBytes));
        }
    }

    /**
     * Reads the whole stream if it has at most {@code max} bytes, else returns null. Reads at most max+1 bytes,
     * so an oversized page never costs more memory than the limit.
     */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        int cap = (int) Math.min(Math.max(max, 0), LARGEST_PAGE_ARRAY - 1);
        byte[] bytes;
        try {
            bytes = in.readNBytes(cap + 1);
        } catch (RuntimeException e) {
            throw unexpected(e);
        }
        return bytes.length > cap ? null : bytes;
    }

    /**
     * The gzip trailer (checksum and length) is only checked once the inflater is asked past the data, which a
     * tar reader that stops at its end marker never does. Reads a bounded amount, so junk after the end costs little.
     */
    private static void readGzipEnd(InputStream gunzipped) throws IOException {
        byte[] buffer = new byte[8192];
        long budget = GZIP_END_CHECK_BYTES;
        try {
            while (budget > 0) {
                int n = gunzipped.read(buffer, 0, (int) Math.min(buffer.length, budget));
                if (n < 0) {
                    return;
                }
                budget -= n;
            }
        } catch (RuntimeException e) {
            throw unexpected(e);
        }
    }

    private static TarArchiveEntry nextEntry(TarArchiveInputStream tar) throws IOException {
        try {
            return tar.getNextEntry();
        } catch (RuntimeException e) {
            // commons-compress reports some garbage headers as unchecked exceptions.
            throw unexpected(e);
        }
    }

    private static IOException unexpected(RuntimeException e) {
        return new IOException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }

    /** Regular files: links, devices and fifos carry no page (they are rejected), directories are just structure. */
    private static boolean isRegularFile(TarArchiveEntry entry) {
        byte flag = entry.getLinkFlag();
        boolean regularFlag = flag == TarConstants.LF_OLDNORM || flag == TarConstants.LF_NORMAL
                || flag == TarConstants.LF_CONTIG;
        return regularFlag && !entry.isDirectory();
    }

    /** Checks the magic bytes first, so a file that is not gzip at all says so instead of a vague header error. */
    private static InputStream gunzip(InputStream in) throws IOException {
        PushbackInputStream peekable = new PushbackInputStream(in, 2);
        byte[] magic = peekable.readNBytes(2);
        if (magic.length == 0) {
            throw new IOException("empty, not gzip data");
        }
        if (magic.length < 2 || (magic[0] & 0xff) != 0x1f || (magic[1] & 0xff) != 0x8b) {
            throw new IOException("not gzip data, starts with bytes " + HexFormat.ofDelimiter(" ").formatHex(magic));
        }
        peekable.unread(magic);
        try {
            return new GZIPInputStream(peekable, GZIP_BUFFER_BYTES);
        } catch (RuntimeException e) {
            throw unexpected(e);
        }
    }

    /** The last name of a path; tar member names use '/' whatever system made them. */
    static String fileName(String path) {
        List<String> parts = pathParts(path);
        return parts.isEmpty() ? path : parts.get(parts.size() - 1);
    }

    private static List<String> pathParts(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** "kompas.com.tar.gz" gives "kompas.com": only the bundle extension goes, dots in portal names stay. */
    static String bundleBaseName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String extension : new String[] {".tar.gz", ".tgz", ".tar"}) {
            if (lower.endsWith(extension)) {
                return fileName.substring(0, fileName.length() - extension.length());
            }
        }
        return fileName;
    }

    /** Why reading failed; java.nio's file errors carry only the path as their message, which the source already says. */
    private static String messageOf(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file (a broken symlink, or gone since listing)";
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            return f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static void closeQuietly(InputStream in) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException | RuntimeException ignored) {
            // Everything needed was read; a failing close changes nothing about the pages.
        }
    }
}
