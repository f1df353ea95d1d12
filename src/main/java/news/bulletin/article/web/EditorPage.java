package news.bulletin.article.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.bulletin.account.Person;
import news.bulletin.article.ArticleAction;
import news.bulletin.article.ArticleForm;
import news.bulletin.article.Autosave;
import news.bulletin.article.EditableArticle;
import news.bulletin.article.Section;
import news.bulletin.media.Media;
import org.jspecify.annotations.Nullable;

/**
 * The article editor.
 *
 * @param story the story being edited, or null for a new one
 * @param version the story's version the fields started from, which the save quotes
 * @param form what the fields hold: the saved story, an autosave restored, or a refused post
 * @param problems what is wrong with a refused post, by field
 * @param allowed the actions the person may take on the story now
 * @param images described images from the library to choose the hero from
 * @param autosave unsaved typing newer than the story, offered for restoring
 * @param knownTags the most used tags, offered for picking
 * @param previewHtml the body rendered for readers, when the page was asked for a preview without script
 */
public record EditorPage(
        @Nullable EditableArticle story,
        int version,
        ArticleForm form,
        Map<String, String> problems,
        Set<ArticleAction> allowed,
        List<Section> sections,
        List<Person> staff,
        List<Media> images,
        @Nullable Autosave autosave,
        String notice,
        String publishAt,
        String note,
        List<String> knownTags,
        @Nullable String previewHtml) {

    public boolean isNew() {
        return story == null;
    }

    public String action() {
        return story == null ? "/newsroom/articles" : "/newsroom/articles/" + story.id();
    }

    /** Whether the person may read the story here but not change it. */
    public boolean readOnly() {
        return story != null && !allowed.contains(ArticleAction.EDIT);
    }

    public boolean may(ArticleAction action) {
        return allowed.contains(action);
    }

    public @Nullable String problem(String field) {
        return problems.get(field);
    }

    /** The credited people, then one empty choice for adding another. */
    public List<@Nullable Long> bylineSlots() {
        List<@Nullable Long> slots = new ArrayList<>(form.bylineIds());
        slots.add(null);
        return slots;
    }

    /**
     * Whether the publish time can sit in a date-and-time picker; text that cannot is shown as
     * typed in a plain field, so that a refused time is not lost.
     */
    public boolean publishAtFitsPicker() {
        return publishAt.isEmpty() || publishAt.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?");
    }

    public boolean isHero(Media image) {
        return form.heroMediaId() != null && form.heroMediaId() == image.id();
    }
}
