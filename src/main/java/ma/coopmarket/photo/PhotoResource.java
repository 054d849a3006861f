package ma.coopmarket.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import ma.coopmarket.product.ProductView;
import ma.coopmarket.security.Roles;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.error.Problem;

/**
 * A product's photos, for its cooperative's managers, partners with catalogue-write on it, and admins.
 * Each answer is the product, with its photos in order.
 */
@Path("/api/v1/products/{id}/photos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
@RolesAllowed({ Roles.MANAGER, Roles.PARTNER, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "apiKey")
public class PhotoResource {

    /** The upload form: the image and its alt texts. */
    @Schema(name = "ProductPhotoUpload")
    public static class Upload {
        @RestForm
        @Schema(type = SchemaType.STRING, format = "binary", required = true,
                description = "A JPEG, PNG or WebP image, at most 10 MB and 40 megapixels.")
        public FileUpload file;

        @RestForm
        @PartType(MediaType.TEXT_PLAIN)
        @Schema(maxLength = 300, example = "Huile d'argan en flacon de 250 ml")
        public String altFr;

        @RestForm
        @PartType(MediaType.TEXT_PLAIN)
        @Schema(maxLength = 300, example = "زيت الأركان في قنينة 250 مل")
        public String altAr;

        @RestForm
        @PartType(MediaType.TEXT_PLAIN)
        @Schema(maxLength = 300, example = "Argan oil in a 250 ml bottle")
        public String altEn;
    }

    private final PhotoService photos;

    public PhotoResource(PhotoService photos) {
        this.photos = photos;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadProductPhoto", summary = "Upload a photo of a product",
            description = "A JPEG, PNG or WebP image (its type is read from its bytes), at most 10 MB and 40 megapixels. "
                    + "It is turned upright after its EXIF orientation, stripped of its metadata (GPS position "
                    + "included), and stored as the original and resized variants (200, 600 and 1200 px wide) in WebP and "
                    + "JPEG, at URLs named by its content, cached for a year. A product shows at most 12 photos; the "
                    + "first is its cover.")
    @APIResponse(responseCode = "201", description = "The product, with its photos.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "409", description = "The product has 12 photos already (`too-many-photos`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "413", description = "Over 10 MB.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "Not a JPEG, PNG or WebP image (`unsupported-image`), or not a "
            + "multipart form.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "A truncated, corrupt or polyglot image (`unreadable-image`), or "
            + "one over 40 megapixels (`image-too-large`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<ProductView> upload(@PathParam("id") String id, Upload form) {
        if (form == null || form.file == null) {
            throw new InvalidRequestException("file", "is required");
        }
        PhotoFields alt = new PhotoFields(form.altFr, form.altAr, form.altEn);
        checkAlt(alt);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(form.file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RestResponse.status(RestResponse.Status.CREATED,
                photos.upload(id, bytes, alt));
    }

    @PATCH
    @Path("/{photoId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "describeProductPhoto", summary = "Change a photo's alt texts",
            description = "Absent fields stay as they are; an empty one removes the text.")
    @APIResponse(responseCode = "200", description = "The product, with its photos.")
    public ProductView describe(@PathParam("id") String id, @PathParam("photoId") String photoId,
            @Valid @NotNull PhotoFields body) {
        return photos.describe(id, photoId, body);
    }

    @PUT
    @Path("/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reorderProductPhotos", summary = "Put a product's photos in a new order",
            description = "Every photo id once; the first becomes the cover.")
    @APIResponse(responseCode = "200", description = "The product, with its photos.")
    public ProductView reorder(@PathParam("id") String id, @Valid @NotNull PhotoOrder body) {
        return photos.reorder(id, body);
    }

    @DELETE
    @Path("/{photoId}")
    @Operation(operationId = "deleteProductPhoto", summary = "Delete a photo",
            description = "Its files go too, unless another product shows the same image.")
    @APIResponse(responseCode = "200", description = "The product, with its remaining photos.")
    public ProductView delete(@PathParam("id") String id, @PathParam("photoId") String photoId) {
        return photos.delete(id, photoId);
    }

    private static void checkAlt(PhotoFields alt) {
        for (String[] field : new String[][] { { "altFr", alt.altFr() }, { "altAr", alt.altAr() }, { "altEn", alt.altEn() } }) {
            if (field[1] != null && field[1].length() > 300) {
                throw new InvalidRequestException(field[0], "size must be between 0 and 300");
            }
        }
    }
}
