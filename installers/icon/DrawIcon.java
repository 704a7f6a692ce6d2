import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws Aftermath's icon: a timeline from trigger to recovery (a metric that spikes and settles, over three phase
 * bands) on a rounded tile. Writes the PNG set, a Windows .ico and a macOS .icns, so that no image tool is needed.
 * Every size is drawn from the same vector shapes rather than scaled down from one bitmap.
 *
 *   java installers/icon/DrawIcon.java installers/icon src/main/resources/dev/aftermath/app/icon
 */
public final class DrawIcon {

    private static final int[] PNG_SIZES = {16, 32, 48, 64, 128, 256, 512, 1024};
    private static final int[] WINDOW_ICON_SIZES = {16, 32, 48, 64, 128, 256};
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 256};

    private static final Color TILE_TOP = new Color(0x2B3A67);
    private static final Color TILE_BOTTOM = new Color(0x141C36);
    private static final Color IMPACT = new Color(0xE5484D);
    private static final Color DETECTION = new Color(0xF5A524);
    private static final Color RECOVERY = new Color(0x30A46C);
    private static final Color CURVE = new Color(0xF4F6FB);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "installers/icon");
        Files.createDirectories(out);
        for (int size : PNG_SIZES) {
            ImageIO.write(draw(size), "png", out.resolve("aftermath-" + size + ".png").toFile());
        }
        Files.write(out.resolve("aftermath.ico"), ico());
        Files.write(out.resolve("aftermath.icns"), icns());
        if (args.length > 1) {
            Path window = Files.createDirectories(Path.of(args[1]));
            for (int size : WINDOW_ICON_SIZES) {
                ImageIO.write(draw(size), "png", window.resolve("aftermath-" + size + ".png").toFile());
            }
        }
    }

    /** The icon at one size, drawn on a 100-unit grid. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / 100.0, size / 100.0);
        boolean small = size <= 24;

        // macOS-like margin so the tile sits well beside other apps' icons.
        RoundRectangle2D tile = new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22);
        g.setPaint(new GradientPaint(0, 4, TILE_TOP, 0, 96, TILE_BOTTOM));
        g.fill(tile);

        // Three phase bands: impact, detection to mitigation, recovery.
        double top = 20;
        double bottom = 78;
        band(g, 14, 38, top, bottom, IMPACT);
        band(g, 38, 62, top, bottom, DETECTION);
        band(g, 62, 86, top, bottom, RECOVERY);

        // The metric: calm, a sharp spike at the trigger, a slow settle to calm again.
        Path2D curve = new Path2D.Double();
        curve.moveTo(14, 66);
        curve.lineTo(24, 65);
        curve.lineTo(30, 30);
        curve.curveTo(34, 22, 38, 26, 44, 34);
        curve.curveTo(52, 46, 58, 58, 66, 62);
        curve.lineTo(86, 65);
        g.setColor(CURVE);
        g.setStroke(new BasicStroke(small ? 7f : 4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(curve);

        // The time axis with the three milestones on it.
        g.setStroke(new BasicStroke(small ? 4f : 3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(255, 255, 255, 150));
        g.drawLine(14, 84, 86, 84);
        if (!small) {
            milestone(g, 24, IMPACT);
            milestone(g, 50, DETECTION);
            milestone(g, 76, RECOVERY);
        }
        g.dispose();
        return image;
    }

    private static void band(Graphics2D g, double from, double to, double top, double bottom, Color color) {
        g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 70));
        g.fill(new java.awt.geom.Rectangle2D.Double(from, top, to - from, bottom - top));
        g.setColor(color);
        g.fill(new java.awt.geom.Rectangle2D.Double(from, bottom - 3, to - from, 3));
    }

    private static void milestone(Graphics2D g, double x, Color color) {
        g.setColor(TILE_BOTTOM);
        g.fill(new Ellipse2D.Double(x - 5, 79, 10, 10));
        g.setColor(color);
        g.fill(new Ellipse2D.Double(x - 3.5, 80.5, 7, 7));
    }

    private static byte[] png(int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", bytes);
        return bytes.toByteArray();
    }

    /** An .ico whose entries are PNGs (read by Windows Vista and later). */
    private static byte[] ico() throws IOException {
        Map<Integer, byte[]> images = new LinkedHashMap<>();
        for (int size : ICO_SIZES) {
            images.put(size, png(size));
        }
        int headerSize = 6 + 16 * images.size();
        ByteBuffer header = ByteBuffer.allocate(headerSize).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        int offset = headerSize;
        for (Map.Entry<Integer, byte[]> image : images.entrySet()) {
            int size = image.getKey();
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            header.put((byte) 0).put((byte) 0);
            header.putShort((short) 1).putShort((short) 32);
            header.putInt(image.getValue().length).putInt(offset);
            offset += image.getValue().length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] image : images.values()) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** An .icns whose entries are PNGs (the types macOS reads for 16 to 1024 pixels). */
    private static byte[] icns() throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream entries = new DataOutputStream(body);
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] image = png(type.getValue());
            entries.writeBytes(type.getKey());
            entries.writeInt(8 + image.length);
            entries.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(out);
        file.writeBytes("icns");
        file.writeInt(8 + body.size());
        file.write(body.toByteArray());
        return out.toByteArray();
    }
}
