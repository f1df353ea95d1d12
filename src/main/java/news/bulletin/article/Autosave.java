package news.bulletin.article;

import java.time.Instant;

/**
 * The typing in an editor as it was last sent by the page, kept until the story is saved.
 *
 * @param baseVersion the story's version when the typing started; a save of it quotes this, so
 *     changes made since by somebody else lead to the conflict page, not to an overwrite
 */
public record Autosave(
        String headline,
        String dek,
        String slug,
        String bodyMarkdown,
        String tags,
        String seoTitle,
        String seoDescription,
        String heroAlt,
        String heroCaption,
        String heroCredit,
        int baseVersion,
        Instant savedAt) {

    static Autosave of(ArticleForm form, int baseVersion, Instant savedAt) {
        return new Autosave(
                form.headline(),
                form.dek(),
                form.slug(),
                form.bodyMarkdown(),
                form.tags(),
                form.seoTitle(),
                form.seoDescription(),
                form.heroAlt(),
                form.heroCaption(),
                form.heroCredit(),
                baseVersion,
                savedAt);
    }

    /** Whether this typing says something the story does not. */
    boolean differsFrom(ArticleForm form) {
        return !(headline.equals(form.headline())
                && dek.equals(form.dek())
                && slug.equals(form.slug())
                && bodyMarkdown.equals(form.bodyMarkdown())
                && tags.equals(form.tags())
                && seoTitle.equals(form.seoTitle())
                && seoDescription.equals(form.seoDescription())
                && heroAlt.equals(form.heroAlt())
                && heroCaption.equals(form.heroCaption())
                && heroCredit.equals(form.heroCredit()));
    }
}
