package ma.coopmarket.shared.web;

/** Where a page sits in its result: what the Link headers of a list are built from. */
public interface Paged {

    int page();

    int size();

    int totalPages();

    /** The keyset cursor to the next page, or null. */
    String nextCursor();
}
