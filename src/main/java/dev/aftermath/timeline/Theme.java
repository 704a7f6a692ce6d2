package dev.aftermath.timeline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The timeline's colours and type size. {@link #LIGHT} for documents, {@link #DARK} for the desktop at night,
 * {@link #CONTRAST} for projectors: white on black, saturated colours, larger type and thicker lines.
 *
 * @param scale multiplies every font size and line width
 * @param phaseFills the band colours in {@link Phase} order
 * @param phaseTexts the colours of the text on the bands, in {@link Phase} order
 * @param laneColours the marker colours in {@link LaneKind} order
 * @param seriesColours metric line colours, used in turn
 */
public record Theme(String name, double scale, Rgba background, Rgba panel, Rgba text, Rgba mutedText, Rgba grid,
                    Rgba axis, Rgba milestone, List<Rgba> phaseFills, List<Rgba> phaseTexts, List<Rgba> laneColours,
                    List<Rgba> seriesColours) {

    public static final Theme LIGHT = new Theme("light", 1.0,
            Rgba.rgb(0xFFFFFF), Rgba.rgb(0xF5F6F8), Rgba.rgb(0x1F2328), Rgba.rgb(0x5B6470), Rgba.rgb(0xE3E6EA),
            Rgba.rgb(0x8C96A3), Rgba.rgb(0x2D3540),
            List.of(Rgba.rgb(0xEEF0F3), Rgba.rgb(0xFCE1DF), Rgba.rgb(0xFFF0D1), Rgba.rgb(0xDFF2E5),
                    Rgba.rgb(0xF8D9EA)),
            List.of(Rgba.rgb(0x5B6470), Rgba.rgb(0xB4231B), Rgba.rgb(0x98600A), Rgba.rgb(0x23784A),
                    Rgba.rgb(0xA21C5B)),
            List.of(Rgba.rgb(0x0F766E), Rgba.rgb(0x2563EB), Rgba.rgb(0x7C3AED), Rgba.rgb(0xD9480F),
                    Rgba.rgb(0x64748B)),
            List.of(Rgba.rgb(0x2563EB), Rgba.rgb(0xDC2626), Rgba.rgb(0x059669), Rgba.rgb(0x7C3AED)));

    public static final Theme DARK = new Theme("dark", 1.0,
            Rgba.rgb(0x15181C), Rgba.rgb(0x1D2126), Rgba.rgb(0xE6E9ED), Rgba.rgb(0x9BA4AF), Rgba.rgb(0x2A3038),
            Rgba.rgb(0x5D6773), Rgba.rgb(0xD5DAE0),
            List.of(Rgba.rgb(0x21252B), Rgba.rgb(0x46211F), Rgba.rgb(0x3F3319), Rgba.rgb(0x1B3828),
                    Rgba.rgb(0x471B33)),
            List.of(Rgba.rgb(0xA3ACB8), Rgba.rgb(0xFF8F85), Rgba.rgb(0xF5C46A), Rgba.rgb(0x7DD6A0),
                    Rgba.rgb(0xF78FC0)),
            List.of(Rgba.rgb(0x2DD4BF), Rgba.rgb(0x60A5FA), Rgba.rgb(0xB794F4), Rgba.rgb(0xF6A05A),
                    Rgba.rgb(0xA0AEC0)),
            List.of(Rgba.rgb(0x60A5FA), Rgba.rgb(0xF87171), Rgba.rgb(0x34D399), Rgba.rgb(0xC084FC)));

    public static final Theme CONTRAST = new Theme("contrast", 1.45,
            Rgba.rgb(0x000000), Rgba.rgb(0x000000), Rgba.rgb(0xFFFFFF), Rgba.rgb(0xE6E6E6), Rgba.rgb(0x3C3C3C),
            Rgba.rgb(0xFFFFFF), Rgba.rgb(0xFFFFFF),
            List.of(Rgba.rgb(0x262626), Rgba.rgb(0x680C0C), Rgba.rgb(0x5C4500), Rgba.rgb(0x0A4D22),
                    Rgba.rgb(0x6A0A45)),
            List.of(Rgba.rgb(0xFFFFFF), Rgba.rgb(0xFF7A7A), Rgba.rgb(0xFFD84D), Rgba.rgb(0x66F59A),
                    Rgba.rgb(0xFF85C8)),
            List.of(Rgba.rgb(0x22E5FF), Rgba.rgb(0x5CB0FF), Rgba.rgb(0xD896FF), Rgba.rgb(0xFFA040),
                    Rgba.rgb(0xE0E0E0)),
            List.of(Rgba.rgb(0x5CB0FF), Rgba.rgb(0xFF5C5C), Rgba.rgb(0x3EF07A), Rgba.rgb(0xFFD84D)));

    public static final List<Theme> ALL = List.of(LIGHT, DARK, CONTRAST);

    public Theme {
        phaseFills = List.copyOf(phaseFills);
        phaseTexts = List.copyOf(phaseTexts);
        laneColours = List.copyOf(laneColours);
        seriesColours = List.copyOf(seriesColours);
    }

    public static Optional<Theme> named(String name) {
        String wanted = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(theme -> theme.name.equals(wanted)).findFirst();
    }

    public Rgba phaseFill(Phase phase) {
        return phaseFills.get(phase.ordinal());
    }

    public Rgba phaseText(Phase phase) {
        return phaseTexts.get(phase.ordinal());
    }

    public Rgba laneColour(LaneKind lane) {
        return laneColours.get(lane.ordinal());
    }

    public Rgba seriesColour(int index) {
        return seriesColours.get(index % seriesColours.size());
    }

    /** A font size in pixels for a base size, scaled for the theme. */
    public double size(double base) {
        return base * scale;
    }
}
