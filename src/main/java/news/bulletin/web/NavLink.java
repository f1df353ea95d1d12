package news.bulletin.web;

/**
 * One entry of the site navigation.
 *
 * @param label what the reader sees
 * @param href a site path
 * @param accent the CSS class for the section's colour, used sparingly for labels
 */
public record NavLink(String label, String href, String accent) {}
