package ma.coopmarket.product;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product photo as clients show it: its variants' URLs (immutable, cached for a year), sizes and alt texts. */
@Schema(name = "ProductPhoto")
public record PhotoView(
        String id,
        @Schema(description = "Its place in the product's list, from 0 (the cover).", example = "0") int position,
        @Schema(description = "The product's first photo.") boolean cover,
        @Schema(description = "Width of the original, in pixels.", example = "3024") int width,
        @Schema(description = "Height of the original, in pixels.", example = "4032") int height,
        @Schema(description = "Absent when not given.", example = "Huile d'argan en flacon de 250 ml") String altFr,
        @Schema(description = "Absent when not given.", example = "زيت الأركان في قنينة 250 مل") String altAr,
        @Schema(description = "Absent when not given.", example = "Argan oil in a 250 ml bottle") String altEn,
        @Schema(description = "The original, re-encoded as JPEG without its metadata.") String originalUrl,
        @Schema(description = "Resized copies, narrowest first (those narrower than the original).")
        List<Variant> variants) {

    /** One resized copy, in WebP (smaller) and JPEG (for clients that do not read WebP). */
    @Schema(name = "ProductPhotoVariant")
    public record Variant(@Schema(example = "600") int width, @Schema(example = "800") int height, String webpUrl,
            String jpegUrl) {
    }

    public static PhotoView of(ProductPhoto p) {
        List<Variant> variants = p.widths().stream()
                .map(w -> new Variant(w, Math.max(1, Math.round((float) p.height * w / p.width)),
                        p.baseUrl + "w" + w + ".webp", p.baseUrl + "w" + w + ".jpg"))
                .toList();
        return new PhotoView(p.id, p.position, p.position == 0, p.width, p.height, p.altFr, p.altAr, p.altEn,
                p.baseUrl + "original.jpg", variants);
    }
}
