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
        cli.setParameterExceptionHandler(Main::wrongFlags);
        return cli.execute(args);
    }

    /** Wrong flags: one line, as every failure gives, and where to read more (picocli printed the whole usage). */
    private static int wrongFlags(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String hint = e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()
                ? " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)" : "";
        command.getErr().println("sarikata: " + FailureHandler.firstLine(e.getMessage()) + hint + " (see: sarikata "
                + (command.getParent() == null ? "" : command.getCommandName() + " ") + "--help)");
        return CommandLine.ExitCode.USAGE;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, train, eval or score-text");
    }
}
