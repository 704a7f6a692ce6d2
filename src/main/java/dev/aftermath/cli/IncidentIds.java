package dev.aftermath.cli;

import dev.aftermath.store.IncidentStore;
import dev.aftermath.store.IncidentSummary;
import dev.aftermath.work.UserFacingException;
import dev.aftermath.workspace.UnknownIncidentException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns what a user typed into an incident id: the full id, or enough of its beginning to name one incident. */
final class IncidentIds {

    static final int SHORTEST_PREFIX = 4;
    private static final int FULL_LENGTH = 36;

    private IncidentIds() {
    }

    static UUID resolve(IncidentStore store, String typed) {
        String prefix = typed.strip().toLowerCase(Locale.ROOT);
        if (prefix.length() == FULL_LENGTH) {
            UUID id = parse(typed);
            if (!store.exists(id)) {
                throw new UnknownIncidentException(id);
            }
            return id;
        }
        if (prefix.length() < SHORTEST_PREFIX) {
            throw new UserFacingException("'" + typed + "' is too short to name an incident: give at least "
                    + SHORTEST_PREFIX + " characters of its id");
        }
        List<IncidentSummary> matches = store.list().stream()
                .filter(summary -> summary.id().toString().startsWith(prefix))
                .toList();
        if (matches.isEmpty()) {
            throw new UserFacingException("no incident id starts with '" + typed + "'; 'aftermath list' shows them");
        }
        if (matches.size() > 1) {
            throw new UserFacingException("'" + typed + "' matches " + matches.size() + " incidents: "
                    + matches.stream().map(summary -> summary.id() + " (" + summary.title() + ")")
                    .collect(Collectors.joining(", "))
                    + "; give more characters");
        }
        return matches.get(0).id();
    }

    private static UUID parse(String typed) {
        try {
            return UUID.fromString(typed.strip());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("'" + typed + "' is not an incident id");
        }
    }
}
