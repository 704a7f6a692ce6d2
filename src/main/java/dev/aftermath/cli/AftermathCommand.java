package dev.aftermath.cli;

import dev.aftermath.Version;
import dev.aftermath.store.IncidentStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "aftermath", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = AftermathCommand.VersionText.class,
        description = "Incident timelines and reviews. With no command, opens the desktop app.",
        subcommands = {ListCommand.class, ShowCommand.class, ImportCommand.class, ExportCommand.class,
                DeleteCommand.class},
        footer = {"", "The workspace is --db FILE, else $AFTERMATH_DB, else the default file in your data folder.",
                "Exit status: 0 done, 1 bad input, 2 wrong usage."})
final class AftermathCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "The workspace file to use.")
    private Path db;

    AftermathCommand(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    IncidentStore openStore() {
        return context.openStore(db);
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: use one of list, show, import, export, "
                + "delete");
    }

    static final class VersionText implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"aftermath " + Version.current()};
        }
    }
}
