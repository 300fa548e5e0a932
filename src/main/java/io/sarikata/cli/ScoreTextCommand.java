package io.sarikata.cli;

import io.sarikata.jobs.ScoreTextJob;
import io.sarikata.jobs.SparkSessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "score-text", mixinStandardHelpOptions = true,
        description = "Score a snapshot's documents (their text) against gold texts the way the article-extraction-benchmark "
                + "does: 4-gram shingles of \\w+ tokens, precision and recall per page averaged over pages, F1 of the averages; "
                + "also counts the pages whose text came out empty and the gold pages no document matched.")
final class ScoreTextCommand implements Callable<Integer> {

    @Option(names = {"-d", "--documents"}, required = true, paramLabel = "DIR",
            description = "The documents dataset of a build, e.g. OUT/latest/documents.")
    String documents;

    @Option(names = {"-g", "--gold-text"}, required = true, paramLabel = "DIR",
            description = "Gold texts <site>/<id>.txt (UTF-8, UTF-16 with a byte order mark, or windows-1252), matched to "
                    + "the document whose source ends in /<site>/<id>.<ext>[.gz]; text after a comments-marker line "
                    + "(!@#$%^&*()  COMMENTS) is not article.")
    String goldText;

    @Option(names = "--per-site", description = "Print a row per site (gold folder) before the overall row.")
    boolean perSite;

    @Option(names = "--worst", defaultValue = "0", paramLabel = "N",
            description = "Also list the N pages with the lowest F1 (default: ${DEFAULT-VALUE}).")
    int worst;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the scores, with every page's, as JSON here.")
    String report;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;

    static final int MAX_LISTED = 20;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (worst < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--worst must be at least 0, got " + worst);
        }
        ScoreTextJob.Result result = ScoreTextJob.run(SparkSessions.getOrCreate("sarikata score-text"),
                new ScoreTextJob.Options(documents, goldText, report));
        System.out.println("sarikata score-text: " + result.report().get("documents") + " against " + result.report().get("gold_text"));
        System.out.print(result.scores().format(perSite, worst));
        java.util.List<?> noDocument = (java.util.List<?>) result.report().get("no_document");
        if (!noDocument.isEmpty()) {
            System.out.println(noDocument.size() + " gold pages have no document (scored as empty): "
                    + String.join(", ", noDocument.stream().limit(MAX_LISTED).map(String::valueOf).toList())
                    + (noDocument.size() > MAX_LISTED ? ", ... (all in --report)" : ""));
        }
        if (report != null) {
            System.out.println("written to " + report);
        }
        return 0;
    }
}
