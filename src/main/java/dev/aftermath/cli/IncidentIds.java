package dev.aftermath.cli;

import dev.aftermath.store.IncidentStore;
import dev.aftermath.store.IncidentSummary;
import dev.aftermath.work.UserFacingException;
import dev.aftermath.workspace.UnknownIncidentException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Finds the incident a user named: by its full id, or by a beginning of its id that only it has. */
final class IncidentIds {

    private IncidentIds() {
    }

    static UUID resolve(IncidentStore store, TypedId typed) {
        Optional<UUID> whole = typed.whole();
        if (whole.isPresent()) {
            if (!store.exists(whole.get())) {
                throw new UnknownIncidentException(whole.get());
            }
            return whole.get();
        }
        List<IncidentSummary> matches = store.list().stream()
                .filter(summary -> summary.id().toString().startsWith(typed.prefix()))
                .toList();
        if (matches.isEmpty()) {
            throw new UserFacingException("no incident id starts with '" + typed.typed()
                    + "'; 'aftermath list' shows them");
        }
        if (matches.size() > 1) {
            throw new UserFacingException("'" + typed.typed() + "' matches " + matches.size() + " incidents: "
                    + matches.stream().map(summary -> summary.id() + " (" + summary.title() + ")")
                    .collect(Collectors.joining(", "))
                    + "; give more characters");
        }
        return matches.get(0).id();
    }
}
