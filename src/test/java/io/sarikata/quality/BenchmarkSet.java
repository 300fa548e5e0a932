package io.sarikata.quality;

import io.sarikata.features.CountTable;
import io.sarikata.features.KeyCounter;
import io.sarikata.features.PageSample;
import io.sarikata.features.StatKeys;
import io.sarikata.features.Stoplist;
import io.sarikata.features.StoplistLearner;
import io.sarikata.input.RawPage;
import io.sarikata.input.ReaderLimits;
import io.sarikata.model.GoldPage;
import io.sarikata.model.Label;
import io.sarikata.page.DecodeResult;
import io.sarikata.page.PageDecoder;
import io.sarikata.segment.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A labelled set of real pages as {@code ../shared/benchmarks} holds them ({@code pages/<site>/<id>.txt} and
 * {@code gold/<site>/<id>.tsv}), read with the build's own decoder and segmenter, with its corpus statistics
 * and stoplist counted in plain Java as the build counts them.
 */
public record BenchmarkSet(String name, List<LabelledPage> pages, CountTable stats, Stoplist stoplist) {

    public record LabelledPage(Page page, Label[] gold, String site) {
    }

    public static BenchmarkSet load(Path root) {
        Path pagesRoot = root.resolve("pages");
        Path goldRoot = root.resolve("gold");
        PageDecoder decoder = new PageDecoder(ReaderLimits.DEFAULTS);
        List<LabelledPage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(pagesRoot)) {
            for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                Path relative = pagesRoot.relativize(file);
                String site = relative.getName(0).toString();
                String stem = GoldPage.stemOf(file.getFileName().toString());
                Path goldFile = goldRoot.resolve(relative).resolveSibling(stem + ".tsv");
                if (!Files.exists(goldFile)) {
                    continue;
                }
                RawPage raw = new RawPage(file.toString(), site, false, Files.readAllBytes(file));
                DecodeResult result = decoder.decode(raw);
                if (!(result instanceof DecodeResult.Decoded decoded)) {
                    continue;
                }
                Page page = Page.of(decoded.page());
                Label[] gold = GoldPage.parse(stem, Files.readString(goldFile, StandardCharsets.UTF_8)).alignTo(page.blocks());
                pages.add(new LabelledPage(page, gold, site));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BenchmarkSet(root.getFileName().toString(), List.copyOf(pages), statsOf(pages), stoplistOf(pages));
    }

    /** Keys on at least two pages, and every portal's page count: what the build's statistics pass keeps. */
    static CountTable statsOf(List<LabelledPage> pages) {
        KeyCounter counter = new KeyCounter();
        for (LabelledPage p : pages) {
            for (long key : StatKeys.pageKeys(p.page().portal(), p.page().blockTexts())) {
                counter.add(key, 1);
            }
        }
        return CountTable.of(List.of(counter.atLeast(2)), PageSample.ALL);
    }

    static Stoplist stoplistOf(List<LabelledPage> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (LabelledPage p : pages) {
            p.page().blocks().forEach(b -> StoplistLearner.proseWords(b.text()).forEach(w -> counts.merge(w, 1, Integer::sum)));
        }
        List<String> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        return StoplistLearner.fromRanked(ranked, StoplistLearner.STOPLIST_SIZE);
    }
}
