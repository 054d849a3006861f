package ma.coopmarket.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

import ma.coopmarket.product.ProductPhoto;
import ma.coopmarket.shared.crypto.Hashes;
import ma.coopmarket.shared.error.ApiException;
import ma.coopmarket.shared.error.FieldError;

/**
 * Turns an uploaded image into what is stored: its type told by its bytes (JPEG, PNG, WebP), its size
 * read from its header and refused above the limit before anything is decoded (decompression bombs),
 * a whole file required (a truncated image, or one with something appended: a polyglot, is refused),
 * then decoded, turned upright after its EXIF orientation and re-encoded without any metadata (the GPS
 * position of a member's home goes), and resized by Thumbnailator to the variant widths, in WebP and JPEG.
 */
@ApplicationScoped
public class PhotoImages {

    /** The files of one photo, by name ({@code original.jpg}, {@code w600.webp}...), and what they show. */
    public record Processed(String hash, int width, int height, List<Integer> widths, Map<String, byte[]> files) {
    }

    enum Format {
        JPEG("jpeg"), PNG("png"), WEBP("webp");

        final String reader;

        Format(String reader) {
            this.reader = reader;
        }
    }

    static final long MAX_PIXELS = 40_000_000L;
    /** Longest side over shortest side: beyond it, a variant could not be encoded (WebP stops at 16,383 px). */
    static final int MAX_RATIO = 10;
    private static final float JPEG_QUALITY = 0.85f;
    private static final float WEBP_QUALITY = 0.80f;

    public PhotoImages() {
        // ImageIO finds plug-ins (TwelveMonkeys JPEG, WebP) through the class loader that asks first.
        ImageIO.scanForPlugins();
    }

    public Processed process(byte[] bytes) {
        Format format = detect(bytes);
        requireWhole(format, bytes);
        BufferedImage upright = decodeUpright(format, bytes);
        BufferedImage opaque = opaque(upright);
        byte[] original = encode(opaque, "jpeg", 0.92f);
        String hash = Hashes.sha256Hex(original);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("original.jpg", original);
        List<Integer> widths = new ArrayList<>();
        for (int width : ProductPhoto.VARIANT_WIDTHS) {
            if (width >= opaque.getWidth()) {
                break;
            }
            BufferedImage resized = resize(opaque, width);
            files.put("w" + width + ".webp", encode(resized, "webp", WEBP_QUALITY));
            files.put("w" + width + ".jpg", encode(resized, "jpeg", JPEG_QUALITY));
            widths.add(width);
        }
        return new Processed(hash, opaque.getWidth(), opaque.getHeight(), widths, files);
    }

    /** The type, from the bytes only (the declared content type is not trusted). */
    static Format detect(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Format.JPEG;
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Format.PNG;
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Format.WEBP;
        }
        throw refused(415, "unsupported-image", "Unsupported image",
                "The file is not a JPEG, PNG or WebP image (its type is read from its bytes).");
    }

    /** A JPEG ends with its end marker, a PNG with its IEND chunk, a WebP's length is the one it declares. */
    private static void requireWhole(Format format, byte[] b) {
        int n = b.length;
        boolean whole = switch (format) {
            case JPEG -> (b[n - 2] & 0xFF) == 0xFF && (b[n - 1] & 0xFF) == 0xD9;
            case PNG -> n >= 12 && b[n - 8] == 'I' && b[n - 7] == 'E' && b[n - 6] == 'N' && b[n - 5] == 'D';
            case WEBP -> ((b[4] & 0xFF) | (b[5] & 0xFF) << 8 | (b[6] & 0xFF) << 16 | (long) (b[7] & 0xFF) << 24) + 8 == n;
        };
        if (!whole) {
            throw unreadable("The image is truncated, or has data after its end.");
        }
    }

    /**
     * Width and height from the header, checked before any pixel is decoded; then the pixels, by the same
     * reader. Metadata is read for a JPEG only, for its EXIF orientation (Thumbnailator's filters turn the
     * image upright); a PNG's or WebP's is never read (a compressed text chunk can be a bomb of its own).
     */
    private static BufferedImage decodeUpright(Format format, byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.reader);
            if (!readers.hasNext()) {
                throw new IllegalStateException("no ImageIO reader for " + format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, format != Format.JPEG);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                long pixels = (long) width * height;
                if (pixels > MAX_PIXELS) {
                    throw refused(422, "image-too-large", "Image too large", String.format(Locale.ROOT,
                            "The image has %.1f megapixels; the limit is 40.", pixels / 1_000_000.0));
                }
                if (Math.max(width, height) > MAX_RATIO * Math.min(width, height)) {
                    throw refused(422, "unsupported-image", "Unsupported image",
                            "The image is more than " + MAX_RATIO + " times as long as it is wide: not a product photo.");
                }
                Orientation orientation = format == Format.JPEG ? ExifUtils.getExifOrientation(reader, 0) : null;
                BufferedImage image = reader.read(0);
                return orientation == null ? image : ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
            } finally {
                reader.dispose();
            }
        } catch (ApiException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreadable("The image cannot be decoded: it is corrupt.");
        }
    }

    /** JPEG has no transparency: transparent pixels become white (an opaque image is kept as it is). */
    private static BufferedImage opaque(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static BufferedImage resize(BufferedImage image, int width) {
        try {
            return Thumbnails.of(image).width(width).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Encodes with ImageIO's writer for the format; writing from pixels carries no metadata. */
    static byte[] encode(BufferedImage image, String format, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                if (param.getCompressionTypes() != null && param.getCompressionType() == null) {
                    param.setCompressionType(param.getCompressionTypes()[0]);
                }
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static ApiException unreadable(String detail) {
        return refused(422, "unreadable-image", "Unreadable image", detail);
    }

    private static ApiException refused(int status, String slug, String title, String detail) {
        return new PhotoRefused(status, slug, title, detail);
    }

    /** A refused upload: 415 for a type that is not an image, 422 for an image that cannot be taken. */
    static final class PhotoRefused extends ApiException {
        PhotoRefused(int status, String slug, String title, String detail) {
            super(status, slug, title, detail, List.of(new FieldError("file", detail)));
        }
    }
}
