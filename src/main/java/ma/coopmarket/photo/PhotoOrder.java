package ma.coopmarket.photo;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The product's photos in their new order: every photo id once; the first becomes the cover. */
@Schema(name = "ProductPhotoOrder")
public record PhotoOrder(@NotNull @Size(max = PhotoService.MAX_PHOTOS) List<@NotNull String> photoIds) {
}
