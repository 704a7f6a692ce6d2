package dev.aftermath.importing.pastedtext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The footer "This incident affected: A (x, y), and B." as a list of services. Commas inside parentheses belong
 * to a component group ("A (x, y)" is one service), so the split counts parenthesis depth.
 */
public final class AffectedServices {

    private static final Pattern FOOTER = Pattern.compile(
            "this (?:incident|scheduled maintenance|maintenance) affected\\s{0,3}:\\s{0,3}(.*)",
            Pattern.CASE_INSENSITIVE);

    private AffectedServices() {
    }

    /** The services of a footer line; empty when the line is not one. */
    public static Optional<List<String>> parse(String line) {
        Matcher matcher = FOOTER.matcher(line.strip());
        return matcher.matches() ? Optional.of(split(matcher.group(1))) : Optional.empty();
    }

    static List<String> split(String list) {
        String body = list.strip();
        if (body.endsWith(".")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> services = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int index = 0; index < body.length(); index++) {
            char character = body.charAt(index);
            depth += character == '(' ? 1 : character == ')' && depth > 0 ? -1 : 0;
            if (character == ',' && depth == 0) {
                add(services, current);
                current.setLength(0);
            } else {
                current.append(character);
            }
        }
        add(services, current);
        return services.size() == 1 ? splitPair(services.get(0)) : List.copyOf(services);
    }

    /** Status pages write two services as "A and B", without a comma; an "and" inside parentheses is a name's. */
    private static List<String> splitPair(String service) {
        int depth = 0;
        int lastAnd = -1;
        for (int index = 0; index < service.length(); index++) {
            char character = service.charAt(index);
            depth += character == '(' ? 1 : character == ')' && depth > 0 ? -1 : 0;
            if (depth == 0 && service.startsWith(" and ", index)) {
                lastAnd = index;
            }
        }
        return lastAnd < 0 ? List.of(service)
                : List.of(service.substring(0, lastAnd).strip(), service.substring(lastAnd + 5).strip());
    }

    private static void add(List<String> services, CharSequence part) {
        String service = part.toString().strip().replaceFirst("^and\\s+", "").strip();
        if (!service.isEmpty()) {
            services.add(service);
        }
    }
}
