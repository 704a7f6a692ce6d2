package dev.aftermath.timeline;

/**
 * The few drawing operations the timeline needs, implemented by the JavaFX canvas, a PNG image and an SVG writer,
 * so that all three show the same picture. Coordinates are pixels from the top left. Point lists come as primitive
 * arrays with a count, so a frame of thousands of vertices allocates nothing per point. Implementations need not
 * clip: the renderer keeps everything inside the picture.
 */
public interface Painter {

    void fillRect(double x, double y, double width, double height, Rgba color);

    /** A filled rectangle with rounded corners of {@code radius}. */
    void fillRoundRect(double x, double y, double width, double height, double radius, Rgba color);

    /** A line; {@code dash} is the length of dashes and gaps, 0 for a solid line. */
    void strokeLine(double x1, double y1, double x2, double y2, double lineWidth, double dash, Rgba color);

    /** The first {@code count} points joined by straight lines with round joins. */
    void strokePolyline(double[] xs, double[] ys, int count, double lineWidth, Rgba color);

    /** The polygon of the first {@code count} points, closed. */
    void fillPolygon(double[] xs, double[] ys, int count, Rgba color);

    /**
     * The area between two lines over the same xs, such as a metric's min/max envelope: at {@code xs[i]} it reaches
     * from {@code tops[i]} down to {@code bottoms[i]}. The xs are usually one pixel apart.
     */
    void fillBand(double[] xs, double[] tops, double[] bottoms, int count, Rgba color);

    void fillCircle(double centreX, double centreY, double radius, Rgba color);

    void strokeCircle(double centreX, double centreY, double radius, double lineWidth, Rgba color);

    /** Text with its baseline's left end at (x, y). */
    void text(String text, double x, double y, TextStyle style, Rgba color);

    double textWidth(String text, TextStyle style);
}
