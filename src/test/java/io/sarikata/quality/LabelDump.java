package io.sarikata.quality;

import io.sarikata.features.CorpusStats;
import io.sarikata.features.FeatureExtractor;
import io.sarikata.input.RawPage;
import io.sarikata.input.ReaderLimits;
import io.sarikata.model.BlockModel;
import io.sarikata.model.DefaultModel;
import io.sarikata.model.LabelledBlock;
import io.sarikata.model.PageLabeler;
import io.sarikata.model.SequenceFeatures;
import io.sarikata.page.DecodeResult;
import io.sarikata.page.PageDecoder;
import io.sarikata.segment.Page;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Writes every block's label, score (its double's bits) and reason, as the shipped model labels the benchmark
 * sets, so that two versions of the labelling code can be compared block for block:
 * {@code java -cp ... io.sarikata.quality.LabelDump ../shared/benchmarks OUT.tsv}, run on each version, then
 * {@code cmp} the two files. Each set is labelled three ways: the shipped model adapted to the set's stoplist with
 * the set's statistics (what a build does), the same with no statistics, and the shipped model's own stoplist;
 * dragnet's HTML pages too (link ratios and headings), and data-sample's pages when its folder is given. A line
 * per page holds a hash of the bits of its feature rows and second-stage rows, so those are compared too.
 * Uses only the labeller's public entry point, so it compiles against older versions of the code as well.
 */
public final class LabelDump {

    private LabelDump() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        BlockModel shipped = DefaultModel.load();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long blocks = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String name : List.of("dragnet", "l3s-gn1", "indonesian")) {
                BenchmarkSet set = BenchmarkSet.load(root.resolve(name));
                PageLabeler adapted = new PageLabeler(DefaultModel.adaptedTo(shipped, set.stoplist(), name));
                PageLabeler own = new PageLabeler(shipped);
                FeatureExtractor extractor = new FeatureExtractor(set.stoplist());
                for (BenchmarkSet.LabelledPage p : set.pages()) {
                    Page page = p.page();
                    writeRows(w, digest, name, page, extractor, shipped, set.stats());
                    blocks += write(w, digest, name + "/stats", page, adapted.label(page.blocks(), page.portal(), set.stats()));
                    blocks += write(w, digest, name + "/none", page, adapted.label(page.blocks(), page.portal(), CorpusStats.NONE));
                    blocks += write(w, digest, name + "/shipped", page, own.label(page.blocks(), page.portal(), set.stats()));
                }
                if (name.equals("dragnet")) {
                    blocks += html(w, digest, root.resolve(name).resolve("html"), adapted, set);
                }
            }
            for (int k = 2; k < args.length; k++) {
                blocks += html(w, digest, Path.of(args[k]), new PageLabeler(shipped), null);
            }
        }
        System.out.printf("%d blocks written to %s, sha-256 %s%n", blocks, out, HexFormat.of().formatHex(digest.digest()));
    }

    /** Every page file under {@code folder} (gzipped or not, text or HTML), labelled with no statistics or the set's. */
    private static long html(BufferedWriter w, MessageDigest digest, Path folder, PageLabeler labeler, BenchmarkSet set)
            throws IOException {
        PageDecoder decoder = new PageDecoder(ReaderLimits.DEFAULTS);
        long blocks = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
        }
        for (Path file : files) {
            String source = folder.relativize(file).toString();
            byte[] bytes = Files.readAllBytes(file);
            if (source.endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    bytes = in.readAllBytes();
                }
                source = source.substring(0, source.length() - 3);
            }
            if (!source.endsWith(".html") && !source.endsWith(".htm") && !source.endsWith(".txt")) {
                continue;
            }
            String site = Path.of(source).getName(0).toString();
            DecodeResult result = decoder.decode(new RawPage(source, site, source.endsWith(".html") || source.endsWith(".htm"), bytes));
            if (result instanceof DecodeResult.Decoded decoded) {
                Page page = Page.of(decoded.page());
                CorpusStats stats = set == null ? CorpusStats.NONE : set.stats();
                blocks += write(w, digest, "files/" + folder.getFileName(), page, labeler.label(page.blocks(), page.portal(), stats));
            }
        }
        return blocks;
    }

    /** A line per page with a hash of its feature rows' and second-stage rows' bits. */
    private static void writeRows(BufferedWriter w, MessageDigest digest, String set, Page page, FeatureExtractor extractor,
                                  BlockModel model, CorpusStats stats) throws IOException {
        double[][] rows = extractor.extract(page.blocks(), page.portal(), stats);
        double[][] sequence = SequenceFeatures.of(model.blockLayer().logits(rows), rows);
        String line = set + "/rows\t" + page.source() + "\t" + bitsHash(rows) + "\t" + bitsHash(sequence) + "\n";
        w.write(line);
        digest.update(line.getBytes(StandardCharsets.UTF_8));
    }

    private static String bitsHash(double[][] rows) {
        long h = 1125899906842597L;
        for (double[] row : rows) {
            for (double v : row) {
                h = 31 * h + Double.doubleToRawLongBits(v);
                h ^= h >>> 29;
            }
        }
        return Long.toHexString(h);
    }

    private static int write(BufferedWriter w, MessageDigest digest, String mode, Page page, List<LabelledBlock> labelled) {
        try {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < labelled.size(); i++) {
                LabelledBlock b = labelled.get(i);
                sb.setLength(0);
                sb.append(mode).append('\t').append(page.source()).append('\t').append(i).append('\t').append(b.label())
                        .append('\t').append(Long.toHexString(Double.doubleToRawLongBits(b.score()))).append('\t')
                        .append(b.reason()).append('\n');
                String line = sb.toString();
                w.write(line);
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return labelled.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
