package news.bulletin.article;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the article editor's form holds, as typed: a rejected form comes back with exactly
 * this.
 *
 * @param tags tag names separated by commas; unknown ones are created on save
 * @param bylineIds the people credited, in byline order
 * @param seoTitle the title search engines and shares show, if not the headline
 * @param seoDescription the description search engines and shares show, if not the dek
 */
public record ArticleForm(
        String headline,
        String dek,
        String slug,
        @Nullable Long sectionId,
        String tags,
        List<Long> bylineIds,
        @Nullable Long heroMediaId,
        String heroAlt,
        String heroCaption,
        String heroCredit,
        String bodyMarkdown,
        boolean commentsEnabled,
        String seoTitle,
        String seoDescription) {

    public ArticleForm {
        bylineIds = List.copyOf(bylineIds);
    }

    /** A new story, credited to the person who starts it. */
    static ArticleForm blank(long personId) {
        return new ArticleForm("", "", "", null, "", List.of(personId), null, "", "", "", "", true, "", "");
    }

    /** The tag names, trimmed, without blanks or repeats. */
    public List<String> tagNames() {
        return java.util.Arrays.stream(tags.split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .distinct()
                .toList();
    }

    /** The same form with these tags and bylines. */
    ArticleForm withCredits(String tagNames, List<Long> bylines) {
        return new ArticleForm(
                headline,
                dek,
                slug,
                sectionId,
                tagNames,
                bylines,
                heroMediaId,
                heroAlt,
                heroCaption,
                heroCredit,
                bodyMarkdown,
                commentsEnabled,
                seoTitle,
                seoDescription);
    }

    /** The same form with a revision's headline, summary and body, as restoring one puts them back. */
    ArticleForm withWords(Revision revision) {
        return new ArticleForm(
                revision.headline(),
                revision.dek(),
                slug,
                sectionId,
                tags,
                bylineIds,
                heroMediaId,
                heroAlt,
                heroCaption,
                heroCredit,
                revision.bodyMarkdown(),
                commentsEnabled,
                seoTitle,
                seoDescription);
    }

    /** The same form with the typing an autosave kept; selections stay as they are. */
    ArticleForm withTyping(Autosave saved) {
        return new ArticleForm(
                saved.headline(),
                saved.dek(),
                saved.slug(),
                sectionId,
                saved.tags(),
                bylineIds,
                heroMediaId,
                saved.heroAlt(),
                saved.heroCaption(),
                saved.heroCredit(),
                saved.bodyMarkdown(),
                commentsEnabled,
                saved.seoTitle(),
                saved.seoDescription());
    }
}
