package dev.aftermath.cli;

import dev.aftermath.work.UserFacingException;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.ZoneId;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;

/**
 * Builds the picocli command tree with Aftermath's error policy: a user's mistake is one line on stderr and exit 1,
 * wrong usage is picocli's message with the usage line and exit 2, and no stack trace ever reaches the terminal.
 */
final class CommandLines {

    static final int BAD_INPUT = 1;

    private CommandLines() {
    }

    static CommandLine create(CliContext context) {
        CommandLine commandLine = new CommandLine(new AftermathCommand(context));
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        commandLine.registerConverter(ZoneId.class, CommandLines::zone);
        commandLine.registerConverter(TypedId.class, TypedId::parse);
        commandLine.setParameterExceptionHandler(CommandLines::wrongUsage);
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) ->
                failed(exception, command.getErr()));
        return commandLine;
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + text + "' is not a time zone; use an IANA id such as Europe/Paris, or UTC");
        }
    }

    private static int wrongUsage(ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("aftermath: " + exception.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
        err.print(command.getHelp().fullSynopsis());
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static int failed(Exception exception, PrintWriter err) {
        if (exception instanceof UserFacingException) {
            err.println("aftermath: " + exception.getMessage());
        } else {
            err.println("aftermath: internal error: " + exception);
        }
        return BAD_INPUT;
    }
}
