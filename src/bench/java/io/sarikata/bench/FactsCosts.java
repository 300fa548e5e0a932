package io.sarikata.bench;

import io.sarikata.corpus.BodyHash;
import io.sarikata.corpus.BodyWords;
import io.sarikata.corpus.Dateline;
import io.sarikata.corpus.DocumentFacts;
import io.sarikata.corpus.LanguageId;
import io.sarikata.corpus.MinHash;
import io.sarikata.corpus.PageTitle;
import io.sarikata.corpus.QualitySignals;
import io.sarikata.corpus.WrittenDates;
import io.sarikata.features.CountTable;
import io.sarikata.features.KeyCounter;
import io.sarikata.features.PageSample;
import io.sarikata.features.StatKeys;
import io.sarikata.input.ReaderLimits;
import io.sarikata.model.BlockModel;
import io.sarikata.model.Label;
import io.sarikata.model.LabelledBlock;
import io.sarikata.model.ModelJson;
import io.sarikata.model.PageLabeler;
import io.sarikata.output.OutputRows;
import io.sarikata.segment.Page;
import io.sarikata.sources.InputFile;
import io.sarikata.sources.InputPlanner;
import io.sarikata.sources.PageReading;
import io.sarikata.sources.ReadItem;
import org.apache.hadoop.conf.Configuration;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the per-document corpus facts cost, in microseconds of one thread's CPU per page: each part of
 * {@link DocumentFacts} and the near-duplicate signature on their own, and the whole as a build task computes it,
 * over pages of a corpus folder labelled by a model (the statistics counted on those pages, untimed). Rounds
 * alternate the parts, so drift hits all alike; the fastest and median round of each part are printed.
 * A benchmark command, not a test: nothing here asserts on times.
 *
 * <pre>java -cp ... io.sarikata.bench.FactsCosts CORPUS_FOLDER MODEL_JSON [PAGES] [ROUNDS]</pre>
 */
public final class FactsCosts {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** A page as the facts see it: every block, heading levels, body blocks and the labelled blocks. */
    record Labelled(Page page, List<LabelledBlock> labelled, List<String> blocks, int[] headings, List<String> body,
                    String bodyText) {
    }

    private FactsCosts() {
    }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        BlockModel model = ModelJson.read(Files.readString(Path.of(args[1])), args[1]);
        int maxPages = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        List<Labelled> pages = load(input, model, maxPages);
        io.sarikata.corpus.Stopwords stop = io.sarikata.corpus.Stopwords.of(model.stoplist().words());
        long chars = pages.stream().mapToLong(p -> p.bodyText().length()).sum();
        System.out.printf(Locale.ROOT, "facts-costs: %d pages, %.0f body characters a page; microseconds of CPU a page%n",
                pages.size(), (double) chars / pages.size());
        Map<String, Consumer<Labelled>> parts = parts(stop);
        Map<String, double[]> times = new LinkedHashMap<>();
        parts.keySet().forEach(k -> times.put(k, new double[rounds]));
        for (int r = -2; r < rounds; r++) { // two warm-up rounds
            for (Map.Entry<String, Consumer<Labelled>> part : parts.entrySet()) {
                long start = THREADS.getCurrentThreadCpuTime();
                for (Labelled p : pages) {
                    part.getValue().accept(p);
                }
                double micros = (THREADS.getCurrentThreadCpuTime() - start) / 1e3 / pages.size();
                if (r >= 0) {
                    times.get(part.getKey())[r] = micros;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-24s %9s %9s%n", "part", "fastest", "median");
        times.forEach((name, t) -> {
            double[] sorted = t.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%-24s %9.1f %9.1f%n", name, sorted[0], sorted[sorted.length / 2]);
        });
    }

    static Map<String, Consumer<Labelled>> parts(io.sarikata.corpus.Stopwords stop) {
        Map<String, Consumer<Labelled>> parts = new LinkedHashMap<>();
        Object[] sink = new Object[1];
        parts.put("facts (task)", p -> sink[0] = OutputRows.facts(p.page(), p.labelled(), stop));
        parts.put("language", p -> sink[0] = LanguageId.get().identify(p.bodyText()));
        parts.put("written dates", p -> sink[0] = WrittenDates.in(p.bodyText()));
        parts.put("body words", p -> sink[0] = BodyWords.encode(p.bodyText()));
        parts.put("body words + hash", p -> sink[0] = BodyHash.of(BodyWords.encode(p.bodyText())));
        parts.put("quality signals", p -> sink[0] = QualitySignals.of(p.body(), stop));
        parts.put("dateline + title", p -> {
            int at = Dateline.indexIn(p.blocks());
            sink[0] = at < 0 ? null : Dateline.find(p.blocks().get(at));
            sink[0] = PageTitle.of(p.blocks(), p.headings(), at);
        });
        parts.put("words + minhash", p -> sink[0] = MinHash.signature(BodyWords.encode(p.bodyText())));
        return parts;
    }

    static List<Labelled> load(Path input, BlockModel model, int maxPages) throws java.io.IOException {
        List<InputFile> files = InputPlanner.list(List.of(input.toString()), new Configuration()).files();
        List<Page> pages = new ArrayList<>();
        KeyCounter counter = new KeyCounter();
        for (Iterator<ReadItem> items = PageReading.read(files, ReaderLimits.DEFAULTS, null, null);
             items.hasNext() && pages.size() < maxPages; ) {
            ReadItem item = items.next();
            if (item.isPage()) {
                pages.add(item.page());
                for (long key : StatKeys.pageKeys(item.page().portal(), item.page().blockTexts())) {
                    counter.add(key, 1);
                }
            }
        }
        CountTable stats = CountTable.of(List.of(counter.atLeast(2)), PageSample.ALL);
        PageLabeler labeler = new PageLabeler(model);
        List<Labelled> labelled = new ArrayList<>();
        for (Page page : pages) {
            List<LabelledBlock> blocks = labeler.label(page.blocks(), page.portal(), stats.forPage(page.source()));
            List<String> texts = new ArrayList<>();
            List<String> body = new ArrayList<>();
            int[] headings = new int[blocks.size()];
            for (int i = 0; i < blocks.size(); i++) {
                texts.add(blocks.get(i).block().text());
                headings[i] = blocks.get(i).block().headingLevel();
                if (blocks.get(i).label() == Label.BODY) {
                    body.add(blocks.get(i).block().text());
                }
            }
            labelled.add(new Labelled(page, blocks, texts, headings, body, String.join("\n", body)));
        }
        return labelled;
    }
}
