package news.bulletin.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.bulletin.media.Media;
import news.bulletin.media.MediaLibrary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns stored rows into what pages show, loading bylines, sections and images for a whole list in
 * a few queries rather than a few per article.
 */
@Component
class ArticleAssembler {
    private final BylineRepository bylines;
    private final SectionRepository sections;
    private final TagRepository tags;
    private final MediaLibrary media;
    private final ArticlePaths paths;
    private final CorrectionRepository corrections;

    ArticleAssembler(
            BylineRepository bylines,
            SectionRepository sections,
            TagRepository tags,
            MediaLibrary media,
            ArticlePaths paths,
            CorrectionRepository corrections) {
        this.bylines = bylines;
        this.sections = sections;
        this.tags = tags;
        this.media = media;
        this.paths = paths;
        this.corrections = corrections;
    }

    List<ArticleSummary> summaries(List<ArticleRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var context = contextFor(rows);
        return rows.stream().map(row -> summary(row, context)).toList();
    }

    Article article(ArticleRow row) {
        var context = contextFor(List.of(row));
        ArticleSummary summary = summary(row, context);
        return new Article(
                row.id(),
                row.slug(),
                summary.path(),
                row.headline(),
                row.dek(),
                row.bodyHtml(),
                summary.section(),
                tags.forArticle(row.id()),
                summary.bylines(),
                summary.hero(),
                summary.publishedAt(),
                row.updatedAt(),
                row.commentsEnabled(),
                corrections.forArticle(row.id()),
                row.seoTitle(),
                row.seoDescription());
    }

    private Context contextFor(List<ArticleRow> rows) {
        List<Long> ids = rows.stream().map(ArticleRow::id).toList();
        List<Long> mediaIds = rows.stream()
                .map(ArticleRow::heroMediaId)
                .filter(id -> id != null)
                .distinct()
                .map(Long.class::cast)
                .toList();
        return new Context(
                bylines.bylinesOf(ids),
                sections.all().stream().collect(Collectors.toMap(Section::id, Function.identity())),
                media.findAll(mediaIds).stream().collect(Collectors.toMap(Media::id, Function.identity())));
    }

    private ArticleSummary summary(ArticleRow row, Context context) {
        Instant published = row.firstPublishedAt() == null ? Instant.EPOCH : row.firstPublishedAt();
        List<Byline> credited = context.bylines().getOrDefault(row.id(), List.of());
        return new ArticleSummary(
                row.id(),
                paths.of(published, row.slug()),
                row.headline(),
                row.dek(),
                row.sectionId() == null ? null : context.sections().get(row.sectionId()),
                credited,
                hero(row, context),
                published);
    }

    private static @Nullable HeroImage hero(ArticleRow row, Context context) {
        Media image = row.heroMediaId() == null ? null : context.media().get(row.heroMediaId());
        if (image == null) {
            return null;
        }
        return new HeroImage(
                image.url(),
                image.srcset(),
                image.urlAtLeast(480),
                image.width(),
                image.height(),
                row.heroAlt(),
                row.heroCaption(),
                row.heroCredit());
    }

    private record Context(Map<Long, List<Byline>> bylines, Map<Long, Section> sections, Map<Long, Media> media) {}
}
