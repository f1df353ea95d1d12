package news.bulletin.media.web;

import java.util.List;
import java.util.Map;
import news.bulletin.media.Media;
import news.bulletin.media.MediaUse;

/**
 * One item of the media library: its words, its copies, where it is used.
 *
 * @param values what was typed into the form, when it was refused
 * @param problems what was wrong with it, by field
 * @param mayDelete whether the person's role may delete items
 * @param deleteRefused whether a delete was just refused because the item is in use
 */
public record MediaItemPage(
        Media media,
        List<MediaUse> uses,
        Map<String, String> values,
        Map<String, String> problems,
        boolean mayDelete,
        boolean deleteRefused,
        String notice) {

    public String value(String field, String saved) {
        return values.getOrDefault(field, saved);
    }
}
