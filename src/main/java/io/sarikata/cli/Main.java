package io.sarikata.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sarikata} command: build, train, eval and score-text. */
@Command(name = "sarikata", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns dumps of news-portal pages into clean research corpora: article body versus navigation, as Parquet.",
        subcommands = {BuildCommand.class, TrainCommand.class, EvalCommand.class, ScoreTextCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; tests call this instead of main. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new FailureHandler());
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, train, eval or score-text");
    }
}
