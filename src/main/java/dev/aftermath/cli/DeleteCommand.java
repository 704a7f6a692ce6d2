package dev.aftermath.cli;

import dev.aftermath.store.IncidentStore;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "delete", description = "Deletes an incident; prints its id.")
final class DeleteCommand implements Callable<Integer> {

    @ParentCommand
    private AftermathCommand parent;

    @Parameters(paramLabel = "ID", description = "The incident's id, or its first characters (at least 4).")
    private TypedId id;

    @Override
    public Integer call() {
        UUID deleted;
        try (IncidentStore store = parent.openStore()) {
            deleted = IncidentIds.resolve(store, id);
            store.delete(deleted);
        }
        parent.context().out().println(deleted);
        return 0;
    }
}
