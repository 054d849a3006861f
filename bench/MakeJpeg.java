import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * A photo-like JPEG for the photo benchmark: {@code java bench/MakeJpeg.java 4000 3000 out.jpg} (12 MP).
 * Gradients, shapes and fine grain, so that it compresses like a phone photo (a few MB), not like a
 * flat test card.
 */
public class MakeJpeg {

    public static void main(String[] args) throws Exception {
        int width = Integer.parseInt(args[0]);
        int height = Integer.parseInt(args[1]);
        Random random = new Random(12);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(214, 170, 90), width, height, new Color(90, 60, 30)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 60));
            int size = 50 + random.nextInt(width / 6);
            g.fillOval(random.nextInt(width), random.nextInt(height), size, size);
        }
        g.dispose();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                int grain = random.nextInt(17) - 8;
                int r = Math.clamp(((rgb >> 16) & 0xFF) + grain, 0, 255);
                int gr = Math.clamp(((rgb >> 8) & 0xFF) + grain, 0, 255);
                int b = Math.clamp((rgb & 0xFF) + grain, 0, 255);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        ImageIO.write(image, "jpeg", new File(args[2]));
    }
}
