package news.bulletin.article;

import java.time.Instant;

/** The typing in an editor as it was last sent by the page, kept until the story is saved. */
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
        Instant savedAt) {

    static Autosave of(ArticleForm form, Instant savedAt) {
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
                savedAt);
    }
}
