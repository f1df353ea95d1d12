package news.bulletin.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the newsroom's editor: whole stories with their Markdown, versioned saves, review states. */
@Repository
class EditorRepository {
    private final JdbcClient jdbc;
    private final ArticlePaths paths;
    private final BylineRepository bylines;
    private final TagRepository tags;

    EditorRepository(JdbcClient jdbc, ArticlePaths paths, BylineRepository bylines, TagRepository tags) {
        this.jdbc = jdbc;
        this.paths = paths;
        this.bylines = bylines;
        this.tags = tags;
    }

    Optional<EditableArticle> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** Stories by id, in the order of the ids, with their tags and bylines: three queries for any number. */
    List<EditableArticle> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EditableArticle> stories = jdbc.sql("""
                        SELECT id, version, status, submitted_at, headline, dek, slug, section_id, hero_media_id,
                            hero_alt, hero_caption, hero_credit, body_markdown, comments_enabled, seo_title,
                            seo_description, review_note, created_by, scheduled_for, first_published_at,
                            updated_at, modified_at
                        FROM articles WHERE id IN (:ids)
                        """).param("ids", ids).query(this::story).list().stream()
                .collect(Collectors.toMap(EditableArticle::id, Function.identity()));
        Map<Long, List<Byline>> credits = bylines.bylinesOf(stories.keySet());
        Map<Long, List<String>> tagNames = new HashMap<>();
        jdbc.sql("""
                        SELECT l.article_id, t.name FROM tags t JOIN article_tags l ON l.tag_id = t.id
                        WHERE l.article_id IN (:ids) ORDER BY t.name
                        """)
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("article_id"), rs.getString("name")))
                .list()
                .forEach(tag -> tagNames.computeIfAbsent(tag.getKey(), key -> new ArrayList<>())
                        .add(tag.getValue()));
        return ids.stream()
                .map(stories::get)
                .filter(Objects::nonNull)
                .map(story -> story.withForm(story.form()
                        .withCredits(
                                String.join(", ", tagNames.getOrDefault(story.id(), List.of())),
                                credits.getOrDefault(story.id(), List.of()).stream()
                                        .map(Byline::personId)
                                        .toList())))
                .toList();
    }

    long insert(ArticleForm form, String bodyHtml, long createdBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO articles (slug, headline, dek, body_markdown, body_html, status, section_id,
                            hero_media_id, hero_alt, hero_caption, hero_credit, comments_enabled, seo_title,
                            seo_description, created_by, created_at, modified_at, version)
                        VALUES (:slug, :headline, :dek, :markdown, :html, 'DRAFT', :sectionId, :heroMediaId,
                            :heroAlt, :heroCaption, :heroCredit, :commentsEnabled, :seoTitle, :seoDescription,
                            :createdBy, :now, :now, 0)
                        """)
                .paramSource(new FormParameters(form, bodyHtml)
                        .addValue("createdBy", createdBy)
                        .addValue("now", now.toEpochMilli()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Saves the form over the story if nobody saved it since {@code version}; false if somebody did. */
    boolean update(long id, int version, ArticleForm form, String bodyHtml, Instant now) {
        return jdbc.sql("""
                        UPDATE articles SET slug = :slug, headline = :headline, dek = :dek,
                            body_markdown = :markdown, body_html = :html, section_id = :sectionId,
                            hero_media_id = :heroMediaId, hero_alt = :heroAlt, hero_caption = :heroCaption,
                            hero_credit = :heroCredit, comments_enabled = :commentsEnabled,
                            seo_title = :seoTitle, seo_description = :seoDescription,
                            modified_at = :now, version = version + 1
                        WHERE id = :id AND version = :version
                        """)
                        .paramSource(new FormParameters(form, bodyHtml)
                                .addValue("now", now.toEpochMilli())
                                .addValue("id", id)
                                .addValue("version", version))
                        .update()
                == 1;
    }

    void replaceCredits(long id, List<Long> bylineIds, List<Long> tagIds) {
        jdbc.sql("DELETE FROM bylines WHERE article_id = :id").param("id", id).update();
        for (int i = 0; i < bylineIds.size(); i++) {
            bylines.add(id, bylineIds.get(i), i);
        }
        jdbc.sql("DELETE FROM article_tags WHERE article_id = :id")
                .param("id", id)
                .update();
        tagIds.forEach(tagId -> tags.link(id, tagId));
    }

    void submit(long id, Instant now) {
        jdbc.sql("""
                        UPDATE articles SET submitted_at = :now, review_note = '', modified_at = :now,
                            version = version + 1
                        WHERE id = :id AND status = 'DRAFT'
                        """).param("now", now.toEpochMilli()).param("id", id).update();
    }

    void sendBack(long id, String note, Instant now) {
        jdbc.sql("""
                        UPDATE articles SET status = 'DRAFT', submitted_at = NULL, scheduled_for = NULL,
                            review_note = :note, modified_at = :now, version = version + 1
                        WHERE id = :id
                        """)
                .param("note", note)
                .param("now", now.toEpochMilli())
                .param("id", id)
                .update();
    }

    /** The article that has or had this slug, if any. */
    Optional<Long> slugOwner(String slug) {
        return jdbc.sql("""
                        SELECT id FROM articles WHERE slug = :slug
                        UNION SELECT article_id FROM slug_history WHERE old_slug = :slug
                        """).param("slug", slug).query(Long.class).list().stream()
                .findFirst();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM articles WHERE id = :id").param("id", id).update();
    }

    void addRevision(long articleId, ArticleForm form, Staffer author, String note, Instant now) {
        jdbc.sql("""
                        INSERT INTO article_revisions (article_id, number, headline, dek, body_markdown, author_id,
                            author_name, note, created_at)
                        SELECT :id, COALESCE(MAX(number), 0) + 1, :headline, :dek, :markdown, :authorId,
                            :authorName, :note, :now
                        FROM article_revisions WHERE article_id = :id
                        """)
                .param("id", articleId)
                .param("headline", form.headline())
                .param("dek", form.dek())
                .param("markdown", form.bodyMarkdown())
                .param("authorId", author.personId())
                .param("authorName", author.name())
                .param("note", note)
                .param("now", now.toEpochMilli())
                .update();
    }

    List<Revision> revisions(long articleId, int limit) {
        return jdbc.sql("""
                        SELECT article_id, number, headline, dek, body_markdown, author_name, note, created_at
                        FROM article_revisions WHERE article_id = :id ORDER BY number DESC LIMIT :limit
                        """)
                .param("id", articleId)
                .param("limit", limit)
                .query(EditorRepository::revision)
                .list();
    }

    Optional<Revision> revision(long articleId, int number) {
        return jdbc.sql("""
                        SELECT article_id, number, headline, dek, body_markdown, author_name, note, created_at
                        FROM article_revisions WHERE article_id = :id AND number = :number
                        """)
                .param("id", articleId)
                .param("number", number)
                .query(EditorRepository::revision)
                .optional();
    }

    void keepAutosave(long personId, String draftKey, Autosave saved) {
        jdbc.sql("""
                        INSERT INTO article_autosaves (person_id, draft_key, headline, dek, slug, body_markdown, tags,
                            seo_title, seo_description, hero_alt, hero_caption, hero_credit, base_version, saved_at)
                        VALUES (:person, :key, :headline, :dek, :slug, :markdown, :tags, :seoTitle,
                            :seoDescription, :heroAlt, :heroCaption, :heroCredit, :baseVersion, :savedAt)
                        ON CONFLICT (person_id, draft_key) DO UPDATE SET headline = excluded.headline,
                            dek = excluded.dek, slug = excluded.slug, body_markdown = excluded.body_markdown,
                            tags = excluded.tags, seo_title = excluded.seo_title,
                            seo_description = excluded.seo_description, hero_alt = excluded.hero_alt,
                            hero_caption = excluded.hero_caption, hero_credit = excluded.hero_credit,
                            base_version = excluded.base_version, saved_at = excluded.saved_at
                        """)
                .param("person", personId)
                .param("key", draftKey)
                .param("headline", saved.headline())
                .param("dek", saved.dek())
                .param("slug", saved.slug())
                .param("markdown", saved.bodyMarkdown())
                .param("tags", saved.tags())
                .param("seoTitle", saved.seoTitle())
                .param("seoDescription", saved.seoDescription())
                .param("heroAlt", saved.heroAlt())
                .param("heroCaption", saved.heroCaption())
                .param("heroCredit", saved.heroCredit())
                .param("baseVersion", saved.baseVersion())
                .param("savedAt", saved.savedAt().toEpochMilli())
                .update();
    }

    Optional<Autosave> autosave(long personId, String draftKey) {
        return jdbc.sql("""
                        SELECT headline, dek, slug, body_markdown, tags, seo_title, seo_description, hero_alt,
                            hero_caption, hero_credit, base_version, saved_at
                        FROM article_autosaves WHERE person_id = :person AND draft_key = :key
                        """)
                .param("person", personId)
                .param("key", draftKey)
                .query((rs, n) -> new Autosave(
                        rs.getString("headline"),
                        rs.getString("dek"),
                        rs.getString("slug"),
                        rs.getString("body_markdown"),
                        rs.getString("tags"),
                        rs.getString("seo_title"),
                        rs.getString("seo_description"),
                        rs.getString("hero_alt"),
                        rs.getString("hero_caption"),
                        rs.getString("hero_credit"),
                        rs.getInt("base_version"),
                        Instant.ofEpochMilli(rs.getLong("saved_at"))))
                .optional();
    }

    void discardAutosave(long personId, String draftKey) {
        jdbc.sql("DELETE FROM article_autosaves WHERE person_id = :person AND draft_key = :key")
                .param("person", personId)
                .param("key", draftKey)
                .update();
    }

    /** Stories in one state, newest change first, for the newsroom's list. */
    List<Long> idsInState(@Nullable ArticleStatus status, @Nullable Long personId, int limit, long offset) {
        return jdbc.sql("SELECT id FROM articles a WHERE " + stateFilter(status, personId)
                        + " ORDER BY modified_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("person", personId)
                .param("limit", limit)
                .param("offset", offset)
                .query(Long.class)
                .list();
    }

    long countInState(@Nullable ArticleStatus status, @Nullable Long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM articles a WHERE " + stateFilter(status, personId))
                .param("person", personId)
                .query(Long.class)
                .single();
    }

    private static String stateFilter(@Nullable ArticleStatus status, @Nullable Long personId) {
        String state = status == null
                ? "1 = 1"
                : switch (status) {
                    case DRAFT -> "a.status = 'DRAFT' AND a.submitted_at IS NULL";
                    case IN_REVIEW -> "a.status = 'DRAFT' AND a.submitted_at IS NOT NULL";
                    default -> "a.status = '" + status.name() + "'";
                };
        return personId == null
                ? state
                : state + " AND (a.created_by = :person OR a.id IN (SELECT article_id FROM bylines"
                        + " WHERE person_id = :person))";
    }

    private EditableArticle story(ResultSet rs, int row) throws SQLException {
        ArticleStatus stored = ArticleStatus.valueOf(rs.getString("status"));
        ArticleStatus status = stored == ArticleStatus.DRAFT && ArticleRow.nullableLong(rs, "submitted_at") != null
                ? ArticleStatus.IN_REVIEW
                : stored;
        Instant firstPublished = ArticleRow.instant(rs, "first_published_at");
        String slug = rs.getString("slug");
        return new EditableArticle(
                rs.getLong("id"),
                rs.getInt("version"),
                status,
                new ArticleForm(
                        rs.getString("headline"),
                        rs.getString("dek"),
                        slug,
                        ArticleRow.nullableLong(rs, "section_id"),
                        "",
                        List.of(),
                        ArticleRow.nullableLong(rs, "hero_media_id"),
                        rs.getString("hero_alt"),
                        rs.getString("hero_caption"),
                        rs.getString("hero_credit"),
                        rs.getString("body_markdown"),
                        rs.getBoolean("comments_enabled"),
                        rs.getString("seo_title"),
                        rs.getString("seo_description")),
                rs.getString("review_note"),
                ArticleRow.nullableLong(rs, "created_by"),
                ArticleRow.instant(rs, "scheduled_for"),
                firstPublished,
                ArticleRow.instant(rs, "updated_at"),
                Instant.ofEpochMilli(rs.getLong("modified_at")),
                firstPublished != null && status == ArticleStatus.PUBLISHED ? paths.of(firstPublished, slug) : null);
    }

    private static Revision revision(ResultSet rs, int row) throws SQLException {
        return new Revision(
                rs.getLong("article_id"),
                rs.getInt("number"),
                rs.getString("headline"),
                rs.getString("dek"),
                rs.getString("body_markdown"),
                rs.getString("author_name"),
                rs.getString("note"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    /** The form's fields as the named parameters the insert and update share. */
    private static final class FormParameters extends MapSqlParameterSource {
        FormParameters(ArticleForm form, String bodyHtml) {
            addValue("slug", form.slug());
            addValue("headline", form.headline());
            addValue("dek", form.dek());
            addValue("markdown", form.bodyMarkdown());
            addValue("html", bodyHtml);
            addValue("sectionId", form.sectionId());
            addValue("heroMediaId", form.heroMediaId());
            addValue("heroAlt", form.heroAlt());
            addValue("heroCaption", form.heroCaption());
            addValue("heroCredit", form.heroCredit());
            addValue("commentsEnabled", form.commentsEnabled());
            addValue("seoTitle", form.seoTitle());
            addValue("seoDescription", form.seoDescription());
        }
    }
}
