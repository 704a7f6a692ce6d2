package dev.aftermath.importing.html;

import java.util.HashMap;
import java.util.Map;

/** Decodes HTML character references: the named entities of HTML 4 and numeric ones in decimal or hex. */
public final class HtmlEntities {

    /** HTML 4's Latin-1 entity names, in code-point order from U+00A0. */
    private static final String[] LATIN_1 = ("nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not "
            + "shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 "
            + "iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc "
            + "Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN "
            + "szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc "
            + "iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn "
            + "yuml").split(" ");
    private static final int LONGEST_NAME = 8;
    private static final Map<String, Integer> NAMED = namedEntities();

    private HtmlEntities() {
    }

    public static String decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, amp);
        int i = amp;
        while (i < text.length()) {
            char c = text.charAt(i);
            int semicolon = c == '&' ? semicolonNear(text, i) : -1;
            String decoded = semicolon > i ? decodeReference(text.substring(i + 1, semicolon)) : null;
            if (decoded == null) {
                out.append(c);
                i++;
            } else {
                out.append(decoded);
                i = semicolon + 1;
            }
        }
        return out.toString();
    }

    /** References are short; looking further would make text full of ampersands quadratic. */
    private static int semicolonNear(String text, int ampersand) {
        int limit = Math.min(text.length(), ampersand + LONGEST_NAME + 2);
        for (int i = ampersand + 1; i < limit; i++) {
            if (text.charAt(i) == ';') {
                return i;
            }
        }
        return -1;
    }

    private static String decodeReference(String reference) {
        if (reference.startsWith("#")) {
            return decodeNumber(reference.substring(1));
        }
        Integer codePoint = NAMED.get(reference);
        return codePoint == null ? null : Character.toString(codePoint);
    }

    private static String decodeNumber(String digits) {
        boolean hex = digits.startsWith("x") || digits.startsWith("X");
        String number = hex ? digits.substring(1) : digits;
        if (number.isEmpty() || number.length() > 7 || !number.chars().allMatch(ch -> Character.digit(ch, hex ? 16 : 10) >= 0)) {
            return null;
        }
        int codePoint = Integer.parseInt(number, hex ? 16 : 10);
        boolean usable = codePoint > 0 && Character.isValidCodePoint(codePoint)
                && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
        return usable ? Character.toString(codePoint) : "\uFFFD";
    }

    private static Map<String, Integer> namedEntities() {
        Map<String, Integer> named = new HashMap<>();
        for (int i = 0; i < LATIN_1.length; i++) {
            named.put(LATIN_1[i], 0xA0 + i);
        }
        Object[] others = {"quot", 34, "amp", 38, "apos", 39, "lt", 60, "gt", 62, "OElig", 338, "oelig", 339,
            "Scaron", 352, "scaron", 353, "Yuml", 376, "circ", 710, "tilde", 732, "ensp", 8194, "emsp", 8195,
            "thinsp", 8201, "zwnj", 8204, "zwj", 8205, "lrm", 8206, "rlm", 8207, "ndash", 8211, "mdash", 8212,
            "lsquo", 8216, "rsquo", 8217, "sbquo", 8218, "ldquo", 8220, "rdquo", 8221, "bdquo", 8222,
            "dagger", 8224, "Dagger", 8225, "bull", 8226, "hellip", 8230, "permil", 8240, "prime", 8242,
            "Prime", 8243, "lsaquo", 8249, "rsaquo", 8250, "euro", 8364, "trade", 8482, "larr", 8592,
            "uarr", 8593, "rarr", 8594, "darr", 8595, "harr", 8596, "minus", 8722, "asymp", 8776, "ne", 8800,
            "le", 8804, "ge", 8805};
        for (int i = 0; i < others.length; i += 2) {
            named.put((String) others[i], (Integer) others[i + 1]);
        }
        return Map.copyOf(named);
    }
}
