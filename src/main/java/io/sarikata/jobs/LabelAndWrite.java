package io.sarikata.jobs;

import io.sarikata.output.ContentCounts;
import io.sarikata.output.OutputRows;
import io.sarikata.output.StagedDataset;
import io.sarikata.output.TaskOutput;
import io.sarikata.snapshot.SnapshotFiles;
import io.sarikata.snapshot.StagedCommit;
import io.sarikata.sources.InputFile;
import io.sarikata.sources.PageReading;
import io.sarikata.sources.ReadItem;
import io.sarikata.corpus.DocumentFacts;
import io.sarikata.corpus.Stopwords;
import io.sarikata.features.CorpusStats;
import io.sarikata.input.ReaderLimits;
import io.sarikata.model.BlockModel;
import io.sarikata.model.Label;
import io.sarikata.model.LabelledBlock;
import io.sarikata.model.PageLabeler;
import io.sarikata.segment.Page;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.util.LongAccumulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One task of the build's writing pass: reads its files, labels every page and writes documents, blocks, rejects
 * and the documents' near-duplicate signatures into its staging folder, all in one pass, holding one input file's
 * pages at a time.
 */
public final class LabelAndWrite {

    /** How a task labels a page's blocks. */
    @FunctionalInterface
    public interface PageLabels {
        List<LabelledBlock> label(Page page);
    }

    /** What a task needs besides its files; broadcast values are looked up inside the task. */
    public record Settings(String snapshot, ReaderLimits limits, String failOnSource) implements java.io.Serializable {
    }

    private LabelAndWrite() {
    }

    /** The build's task: labels with {@code model} and the corpus statistics. */
    public static TaskOutput run(int partition, List<InputFile> files, Settings settings, BlockModel model, CorpusStats stats,
                          LongAccumulator pagesRead, LongAccumulator bytesRead) throws IOException {
        PageLabeler labeler = new PageLabeler(model);
        return run(partition, files, settings, model.id(),
                page -> labeler.label(page.blocks(), page.portal(), stats.forPage(page.source())),
                Stopwords.of(model.stoplist().words()), pagesRead, bytesRead);
    }

    /**
     * @param modelId what the documents rows name as their labels' source
     * @param labels  labels each page's blocks, in block order
     * @param stopwords the stoplist the documents' stopword share counts
     */
    public static TaskOutput run(int partition, List<InputFile> files, Settings settings, String modelId,
                                 PageLabels labels, Stopwords stopwords,
                                 LongAccumulator pagesRead, LongAccumulator bytesRead)
            throws IOException {
        Path staging = StagedCommit.stagingFolderOfThisTask(settings.snapshot(), partition);
        Configuration conf = new Configuration();
        List<String> written = new ArrayList<>();
        Map<String, Long> documentsByPortal = new HashMap<>();
        Map<String, Long> rejectsByReason = new HashMap<>();
        long[] blocksByLabel = new long[Label.values().length];
        ContentCounts content = new ContentCounts();
        try (StagedDataset documents = new StagedDataset(SnapshotFiles.DOCUMENTS, OutputRows.DOCUMENT_FILE, true,
                staging, partition, conf, written);
             StagedDataset blocks = new StagedDataset(SnapshotFiles.BLOCKS, OutputRows.BLOCK_FILE, true,
                     staging, partition, conf, written);
             StagedDataset rejects = new StagedDataset(SnapshotFiles.REJECTS, OutputRows.REJECTS, false,
                     staging, partition, conf, written);
             StagedDataset signatures = new StagedDataset(NearDuplicateStep.SIGNATURES, OutputRows.SIGNATURES, false,
                     staging, partition, conf, written)) {
            var items = PageReading.read(files, settings.limits(), pagesRead, bytesRead);
            while (items.hasNext()) {
                ReadItem item = items.next();
                if (!item.isPage()) {
                    rejects.write(null, OutputRows.reject(item.reject(), item.listedFile()));
                    rejectsByReason.merge(item.reject().reason(), 1L, Long::sum);
                    continue;
                }
                Page page = item.page();
                BuildJob.failIfInjected(settings.failOnSource(), page.source());
                List<LabelledBlock> labelled = labels.label(page);
                byte[][] texts = OutputRows.encodedTexts(labelled);
                DocumentFacts facts = OutputRows.facts(page, labelled, stopwords);
                documents.write(page.portal(), OutputRows.document(page, item.listedFile(), labelled, texts, modelId,
                        facts));
                if (facts.minHash() != null) {
                    signatures.write(null, OutputRows.signature(page, item.listedFile(), facts));
                }
                int bodyBlocks = 0;
                for (int i = 0; i < texts.length; i++) {
                    LabelledBlock block = labelled.get(i);
                    blocks.write(page.portal(), OutputRows.block(page, block, texts[i]));
                    blocksByLabel[block.label().ordinal()]++;
                    boolean body = block.label() == Label.BODY;
                    bodyBlocks += body ? 1 : 0;
                    content.addBlocks(page.portal(), body, ContentCounts.scoreBin(block.score()), 1);
                }
                content.addDocuments(page.portal(), facts.language(), texts.length, 1);
                content.addDates(facts.dateWritten(), facts.dateWritten(), facts.dateWritten() == null ? 0 : 1,
                        bodyBlocks == 0 ? 1 : 0);
                documentsByPortal.merge(page.portal(), 1L, Long::sum);
            }
        }
        Map<String, Long> byLabel = new TreeMap<>();
        for (Label label : Label.values()) {
            byLabel.put(label.code(), blocksByLabel[label.ordinal()]);
        }
        return new TaskOutput(staging.toString(), written, new TreeMap<>(documentsByPortal),
                new TreeMap<>(rejectsByReason), byLabel, content);
    }
}
