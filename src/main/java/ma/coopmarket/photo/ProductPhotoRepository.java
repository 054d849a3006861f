package ma.coopmarket.photo;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import ma.coopmarket.product.ProductPhoto;

@ApplicationScoped
public class ProductPhotoRepository implements PanacheRepositoryBase<ProductPhoto, String> {

    /**
     * Locks the row of a content (made if absent): an attach and a deletion of unused files of the same
     * content run one after the other.
     */
    public void lockContent(String hash) {
        getEntityManager().createNativeQuery("INSERT IGNORE INTO photo_content (content_hash, created_at) VALUES (?1, ?2)")
                .setParameter(1, hash).setParameter(2, java.time.LocalDateTime.now()).executeUpdate();
        getEntityManager().createNativeQuery("SELECT content_hash FROM photo_content WHERE content_hash = ?1 FOR UPDATE")
                .setParameter(1, hash).getResultList();
    }

    public void forgetContent(String hash) {
        getEntityManager().createNativeQuery("DELETE FROM photo_content WHERE content_hash = ?1").setParameter(1, hash)
                .executeUpdate();
    }

    /** The URLs a product's photos were imported from (a partner's batch). */
    public java.util.Set<String> sourceUrlsOf(String productId) {
        return new java.util.HashSet<>(getEntityManager()
                .createQuery("select p.sourceUrl from ProductPhoto p where p.productId = :id and p.sourceUrl is not null",
                        String.class)
                .setParameter("id", productId).getResultList());
    }

    /** Whether any product still shows the photo with this content (its files must stay). */
    public boolean hashInUse(String hash) {
        return count("contentHash", hash) > 0;
    }
}
