package news.bulletin.shared;

import java.util.List;

/**
 * One page of a newest-first list, with what the template needs for prev/next links.
 *
 * @param items the items on this page
 * @param page this page's number
 * @param totalItems how many items the whole list holds
 * @param pageSize items per page
 */
public record Paging<T>(List<T> items, int page, long totalItems, int pageSize) {

    /**
     * Builds a page, refusing page numbers past the end; page 1 of an empty list exists and is empty.
     */
    public static <T> Paging<T> of(List<T> items, PageNumber page, long totalItems, int pageSize) {
        Paging<T> paging = new Paging<>(items, page.value(), totalItems, pageSize);
        if (page.value() > paging.totalPages()) {
            throw new NotFoundException("page " + page.value() + " is past the end");
        }
        return paging;
    }

    public int totalPages() {
        return (int) Math.max(1, (totalItems + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}
