package ma.coopmarket.photo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.jboss.logging.Logger;

import ma.coopmarket.product.Product;
import ma.coopmarket.product.ProductPhoto;
import ma.coopmarket.product.ProductService;
import ma.coopmarket.product.ProductView;
import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.error.FieldError;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.error.NotFoundException;
import ma.coopmarket.shared.error.PayloadTooLargeException;
import ma.coopmarket.shared.error.RetryLaterException;
import ma.coopmarket.shared.persistence.Ids;
import ma.coopmarket.shared.storage.ObjectStore;

/**
 * A product's photos: upload (processed outside any transaction: seconds of CPU must not hold a
 * connection or the product's lock), alt texts, order, deletion. The product's row is locked for each
 * change, so that parallel uploads cannot pass {@value #MAX_PHOTOS}; files of a photo that no product
 * shows any more are deleted after the commit, and those of an upload that failed are not kept.
 */
@ApplicationScoped
public class PhotoService {

    private static final Logger LOG = Logger.getLogger(PhotoService.class);

    static final int MAX_PHOTOS = 12;
    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int PROCESSING_WAIT_SECONDS = 30;

    /** Photos processed at once: one per two cores. */
    private final Semaphore processing = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));

    private final ProductService products;
    private final ProductPhotoRepository photos;
    private final PhotoImages images;
    private final ObjectStore store;

    public PhotoService(ProductService products, ProductPhotoRepository photos, PhotoImages images, ObjectStore store) {
        this.products = products;
        this.photos = photos;
        this.images = images;
        this.store = store;
    }

    public ProductView upload(String productId, byte[] bytes, PhotoFields alt) {
        if (bytes.length > MAX_BYTES) {
            throw new PayloadTooLargeException("payload-too-large", "The photo is over the limit of 10 MB.",
                    List.of(new FieldError("file", "must be at most 10 MB")));
        }
        QuarkusTransaction.requiringNew().run(() -> requireRoom(products.lockForPhotos(productId)));
        return attach(productId, prepare(bytes), alt);
    }

    /**
     * Processes an image, outside any transaction (the demo data shares one among products). At most
     * {@link #processing} at once: a 40-megapixel photo takes hundreds of MB while it is processed.
     */
    public PhotoImages.Processed prepare(byte[] bytes) {
        try {
            if (!processing.tryAcquire(PROCESSING_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new RetryLaterException(503, "photos-busy", "Photos busy",
                        "Other photos are being processed; retry in a moment.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetryLaterException(503, "photos-busy", "Photos busy", "Interrupted; retry.");
        }
        try {
            return images.process(bytes);
        } finally {
            processing.release();
        }
    }

    /**
     * Adds a prepared photo to the product, last. Its files are stored (again, if they went) while the
     * content's row is locked, so that no deletion of unused files can cross it; if the attach fails,
     * they go again unless a product shows them.
     */
    public ProductView attach(String productId, PhotoImages.Processed processed, PhotoFields alt) {
        return attach(productId, processed, alt, null);
    }

    /** {@link #attach(String, PhotoImages.Processed, PhotoFields)} for a photo fetched from {@code sourceUrl}. */
    public ProductView attach(String productId, PhotoImages.Processed processed, PhotoFields alt, String sourceUrl) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> attachInTransaction(productId, processed, alt, sourceUrl));
        } catch (RuntimeException e) {
            deleteFilesIfUnused(processed.hash(), processed.files().keySet());
            throw e;
        }
    }

    public ProductView describe(String productId, String photoId, PhotoFields alt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Product product = products.lockForPhotos(productId);
            ProductPhoto photo = photoOf(product, photoId);
            if (alt.altFr() != null) {
                photo.altFr = blankToNull(alt.altFr());
            }
            if (alt.altAr() != null) {
                photo.altAr = blankToNull(alt.altAr());
            }
            if (alt.altEn() != null) {
                photo.altEn = blankToNull(alt.altEn());
            }
            return products.photosChanged(product);
        });
    }

    public ProductView reorder(String productId, PhotoOrder order) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Product product = products.lockForPhotos(productId);
            Set<String> current = product.photos.stream().map(p -> p.id).collect(Collectors.toSet());
            if (order.photoIds().size() != current.size() || !current.equals(new HashSet<>(order.photoIds()))) {
                throw new InvalidRequestException("photoIds", "must list each of the product's photos once");
            }
            List<ProductPhoto> ordered = new ArrayList<>();
            for (String id : order.photoIds()) {
                ordered.add(photoOf(product, id));
            }
            renumber(product, ordered);
            return products.photosChanged(product);
        });
    }

    public ProductView delete(String productId, String photoId) {
        ProductPhoto[] removed = new ProductPhoto[1];
        ProductView view = QuarkusTransaction.requiringNew().call(() -> {
            Product product = products.lockForPhotos(productId);
            ProductPhoto photo = photoOf(product, photoId);
            List<ProductPhoto> rest = new ArrayList<>(product.photos);
            rest.remove(photo);
            photos.delete(photo);
            renumber(product, rest);
            removed[0] = photo;
            return products.photosChanged(product);
        });
        deleteFilesIfUnused(removed[0].contentHash, fileNames(removed[0]));
        return view;
    }

    private ProductView attachInTransaction(String productId, PhotoImages.Processed processed, PhotoFields alt,
            String sourceUrl) {
        Product product = products.lockForPhotos(productId);
        requireRoom(product);
        photos.lockContent(processed.hash());
        processed.files().forEach((name, data) -> store.put(processed.hash() + "/" + name, data, contentType(name)));
        ProductPhoto photo = new ProductPhoto();
        photo.id = Ids.newId();
        photo.productId = product.id;
        photo.position = product.photos.size();
        photo.contentHash = processed.hash();
        photo.width = processed.width();
        photo.height = processed.height();
        photo.variantWidths = processed.widths().stream().map(String::valueOf).collect(Collectors.joining(","));
        photo.baseUrl = store.folderUrl(processed.hash());
        photo.altFr = alt == null ? null : blankToNull(alt.altFr());
        photo.altAr = alt == null ? null : blankToNull(alt.altAr());
        photo.altEn = alt == null ? null : blankToNull(alt.altEn());
        photo.sourceUrl = sourceUrl;
        photo.createdAt = Instant.now();
        photos.persist(photo);
        product.photos.add(photo);
        return products.photosChanged(product);
    }

    private static void requireRoom(Product product) {
        if (product.photos.size() >= MAX_PHOTOS) {
            throw new ConflictException("too-many-photos", "Too many photos",
                    "A product shows at most " + MAX_PHOTOS + " photos; delete one first.");
        }
    }

    private void renumber(Product product, List<ProductPhoto> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).position = i;
        }
        product.photos.clear();
        product.photos.addAll(ordered);
    }

    private static ProductPhoto photoOf(Product product, String photoId) {
        return product.photos.stream().filter(p -> p.id.equals(photoId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Photo", photoId));
    }

    /** Under the content's lock: if no product shows it any more, its files and its row go. */
    private void deleteFilesIfUnused(String hash, Set<String> names) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                photos.lockContent(hash);
                if (!photos.hashInUse(hash)) {
                    names.forEach(name -> store.delete(hash + "/" + name));
                    photos.forgetContent(hash);
                }
            });
        } catch (RuntimeException e) {
            // The photo is gone from the product already; files left behind are only unused bytes.
            LOG.warnf("Files of photo content %s could not be deleted: %s", hash, e.toString());
        }
    }

    private static Set<String> fileNames(ProductPhoto photo) {
        Set<String> names = new HashSet<>();
        names.add("original.jpg");
        photo.widths().forEach(w -> {
            names.add("w" + w + ".webp");
            names.add("w" + w + ".jpg");
        });
        return names;
    }

    static String contentType(String name) {
        return name.endsWith(".webp") ? "image/webp" : "image/jpeg";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
