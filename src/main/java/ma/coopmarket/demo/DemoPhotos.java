package ma.coopmarket.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Placeholder photos for the demo data: a card in the colours of the product's category with its
 * name, drawn once per kind of product (the quick start has no real photos to show).
 */
final class DemoPhotos {

    private DemoPhotos() {
    }

    static byte[] card(String name, String category) {
        int hue = Math.floorMod(category.hashCode(), 360);
        Color top = Color.getHSBColor(hue / 360f, 0.45f, 0.95f);
        Color bottom = Color.getHSBColor(hue / 360f, 0.65f, 0.55f);
        BufferedImage image = new BufferedImage(1280, 960, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, top, 0, 960, bottom));
            g.fillRect(0, 0, 1280, 960);
            g.setColor(new Color(255, 255, 255, 200));
            g.fillOval(440, 220, 400, 400);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 56));
            int width = g.getFontMetrics().stringWidth(name);
            g.drawString(name, Math.max(20, (1280 - width) / 2), 780);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
