package dev.aftermath.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import picocli.CommandLine.TypeConversionException;

/**
 * What a user typed to name an incident: its id, or enough of its beginning. Checked as the command line is read,
 * so that a value that cannot name any incident is wrong usage, told before a workspace opens.
 *
 * @param typed as the user typed it, for messages
 * @param prefix in lower case, without surrounding blanks
 */
record TypedId(String typed, String prefix) {

    private static final int SHORTEST_PREFIX = 4;
    private static final int FULL_LENGTH = 36;
    private static final Pattern ID_CHARACTERS = Pattern.compile("[0-9a-f-]+");

    /** A picocli converter: its exception becomes a usage error naming the option or parameter. */
    static TypedId parse(String typed) {
        String prefix = typed.strip().toLowerCase(Locale.ROOT);
        if (prefix.length() < SHORTEST_PREFIX) {
            throw new TypeConversionException("'" + typed + "' is too short to name an incident: give at least "
                    + SHORTEST_PREFIX + " characters of its id");
        }
        if (prefix.length() > FULL_LENGTH || !ID_CHARACTERS.matcher(prefix).matches()
                || prefix.length() == FULL_LENGTH && !isUuid(prefix)) {
            throw new TypeConversionException("'" + typed + "' is not an incident id: ids are hexadecimal digits "
                    + "and dashes, as 'aftermath list' shows them");
        }
        return new TypedId(typed, prefix);
    }

    /** The id itself when the whole of it was typed. */
    Optional<UUID> whole() {
        return prefix.length() == FULL_LENGTH ? Optional.of(UUID.fromString(prefix)) : Optional.empty();
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
