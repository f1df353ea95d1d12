package news.bulletin.web;

import org.jspecify.annotations.Nullable;

/**
 * A link in the staff bar over every page.
 *
 * @param count a number to show beside it, such as comments waiting; null for none
 */
public record StaffLink(String label, String href, @Nullable Long count) {}
