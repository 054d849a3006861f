package ma.coopmarket.product;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client may set on a product. The cooperative comes from the URL, never from the body;
 * id, timestamps and version are the server's.
 */
@Schema(name = "ProductFields", description = "Input of a product (create and full update).")
public record ProductFields(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}", message = "{coopmarket.sku}")
        @Schema(description = "Stock keeping unit, unique within the cooperative.", example = "ARGAN-250ML") String sku,
        @NotBlank @Size(max = 200) @Schema(example = "Huile d'argan alimentaire 250 ml") String nameFr,
        @Size(max = 200) @Schema(example = "زيت أركان غذائي 250 مل") String nameAr,
        @Size(max = 200) @Schema(example = "Culinary argan oil 250 ml") String nameEn,
        @Size(max = 2000) @Schema(example = "Pressée à froid à partir d'amandes torréfiées.") String descriptionFr,
        @Size(max = 2000) @Schema(example = "معصور على البارد من لوز محمص.") String descriptionAr,
        @Size(max = 2000) @Schema(example = "Cold-pressed from roasted kernels.") String descriptionEn,
        @NotBlank @Schema(description = "Category code, see GET /api/v1/categories.", example = "ARGAN_OIL") String categoryCode,
        @NotNull @DecimalMin(value = "0.01", message = "{coopmarket.price.min}")
        @DecimalMax(value = "9999999999.99", message = "{coopmarket.price.max}")
        @Digits(integer = 10, fraction = 2, message = "{coopmarket.price.digits}")
        @Schema(description = "Price in MAD, exact, at most 2 decimals.", example = "120.50") BigDecimal price,
        @NotNull @Schema(example = "ML") Unit unit,
        @NotNull @DecimalMin(value = "0.001", message = "{coopmarket.quantity.positive}")
        @Digits(integer = 7, fraction = 3, message = "{coopmarket.quantity.digits}")
        @Schema(example = "250") BigDecimal unitQuantity,
        @NotNull @Min(0) @Max(1_000_000) @Schema(description = "Units on hand.", example = "40") Integer stock,
        @Schema(description = "DRAFT or ACTIVE (the default). Archive with DELETE.", example = "ACTIVE") ProductStatus status,
        @Size(max = 10) @Schema(example = "[\"https://cdn.coopmarket.ma/p/argan-250.jpg\"]")
        List<@NotNull @Size(max = 300) @Pattern(regexp = "https://[^\\s]+", message = "{coopmarket.https}") String> imageUrls,
        @Size(max = 10) @Schema(example = "[\"ORGANIC\", \"PGI\"]") List<@NotNull ProductLabel> labels) {
}
