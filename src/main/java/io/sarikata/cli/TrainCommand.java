package io.sarikata.cli;

import io.sarikata.model.BlockModel;
import io.sarikata.jobs.SparkSessions;
import io.sarikata.jobs.TrainJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Learn a body/nav model from a corpus (weak labels from its statistics) and labelled pages, and write it as JSON.")
final class TrainCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = {"-g", "--gold"}, paramLabel = "DIR",
            description = "Labelled pages (<page>.tsv with body|nav<TAB>line rows) for pages of the input.")
    String gold;

    @Option(names = "--model-out", required = true, paramLabel = "FILE", description = "Where to write the model JSON.")
    String modelOut;

    @Option(names = "--provenance", paramLabel = "TEXT",
            description = "Where the pages and labels came from and on what terms: kept in the model's training section.")
    String provenance;

    @Option(names = "--article-span-gold",
            description = "Take gold body lines before the article's first paragraph and after its last as navigation "
                    + "(Sarikata's convention: title, date and byline are not body), for gold labelled under another convention.")
    boolean articleSpanGold;

    @Override
    public Integer call() {
        BlockModel model = TrainJob.run(SparkSessions.getOrCreate("sarikata train"), common.inputs, gold, modelOut,
                common.limits(), common.maxGroupBytes(), common.statistics(), provenance, articleSpanGold);
        System.out.println("sarikata train: model " + model.id() + " written to " + modelOut + "; learned from "
                + model.training().get("training_pages_by_portal") + " labelled blocks " + model.training().get("labelled_blocks"));
        return 0;
    }
}
