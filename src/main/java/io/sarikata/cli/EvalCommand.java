package io.sarikata.cli;

import io.sarikata.jobs.EvalJob;
import io.sarikata.jobs.SparkSessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the model against labelled pages, beside keep-everything, jusText and boilerpipe (ArticleExtractor) baselines: precision, recall and F1 of body and nav blocks and token-level F1 of each page's body, per portal and overall.")
final class EvalCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = {"-g", "--gold"}, required = true, paramLabel = "DIR",
            description = "Labelled pages: <site>/<page>.tsv with body|nav<TAB>line rows; a gold file labels the input page whose path, without extensions, ends with its path under DIR (the longest such gold path wins).")
    String gold;

    @Option(names = {"-m", "--model"}, paramLabel = "FILE", description = "Model to score. Without it and without --leave-one-portal-out, the shipped model is scored with a stoplist learned from the input, as a build without --model applies it.")
    String model;

    @Option(names = "--leave-one-portal-out",
            description = "Score each portal with a model trained without that portal's labels.")
    boolean leaveOnePortalOut;

    @Option(names = "--portal-folds", paramLabel = "K", defaultValue = "0",
            description = "With --leave-one-portal-out: hold portals out in K folds instead of one at a time (K models "
                    + "instead of one per portal, for sets of many portals). Default: ${DEFAULT-VALUE}, one portal at a time.")
    int portalFolds;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the scores as JSON here: per portal and overall, every page's scores per classifier, and the learned model's wrong blocks.")
    String report;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (portalFolds < 0 || (portalFolds > 0 && !leaveOnePortalOut)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--portal-folds takes a count of at least 1 and goes with --leave-one-portal-out");
        }
        EvalJob.Result result = EvalJob.run(SparkSessions.getOrCreate("sarikata eval"), new EvalJob.Options(
                common.inputs, gold, model, leaveOnePortalOut, report, common.limits(), common.maxGroupBytes(),
                common.statistics(), portalFolds));
        System.out.println("sarikata eval (" + result.report().get("mode") + ")");
        System.out.print(result.table().format());
        if (report != null) {
            System.out.println("written to " + report);
        }
        return 0;
    }
}
