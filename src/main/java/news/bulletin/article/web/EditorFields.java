package news.bulletin.article.web;

import java.util.ArrayList;
import java.util.List;
import news.bulletin.article.ArticleForm;
import news.bulletin.article.EditRequest;
import news.bulletin.article.EditStep;
import org.jspecify.annotations.Nullable;

/**
 * The editor's form as posted. Every field defaults to empty, so a partial post (an autosave, an
 * old tab) binds without errors; the checks are the module's.
 */
public class EditorFields {
    private String headline = "";
    private String dek = "";
    private String slug = "";
    private String section = "";
    private String tags = "";
    private List<String> bylines = new ArrayList<>();
    private String hero = "";
    private String heroAlt = "";
    private String heroCaption = "";
    private String heroCredit = "";
    private String body = "";
    private boolean commentsEnabled;
    private String seoTitle = "";
    private String seoDescription = "";
    private String step = "save";
    private String publishAt = "";
    private String note = "";
    private boolean significantUpdate;
    private int version;

    ArticleForm form() {
        return new ArticleForm(
                headline,
                dek,
                slug,
                id(section),
                tags,
                bylines.stream()
                        .map(EditorFields::id)
                        .filter(id -> id != null)
                        .map(Long.class::cast)
                        .toList(),
                id(hero),
                heroAlt,
                heroCaption,
                heroCredit,
                body.replace("\r\n", "\n"),
                commentsEnabled,
                seoTitle,
                seoDescription);
    }

    EditRequest request() {
        return new EditRequest(EditStep.parse(step), publishAt, note, significantUpdate);
    }

    boolean previewOnly() {
        return "preview".equals(step);
    }

    private static @Nullable Long id(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public void setDek(String dek) {
        this.dek = dek;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public void setBylines(List<String> bylines) {
        this.bylines = bylines;
    }

    public void setHero(String hero) {
        this.hero = hero;
    }

    public void setHeroAlt(String heroAlt) {
        this.heroAlt = heroAlt;
    }

    public void setHeroCaption(String heroCaption) {
        this.heroCaption = heroCaption;
    }

    public void setHeroCredit(String heroCredit) {
        this.heroCredit = heroCredit;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public void setCommentsEnabled(boolean commentsEnabled) {
        this.commentsEnabled = commentsEnabled;
    }

    public void setSeoTitle(String seoTitle) {
        this.seoTitle = seoTitle;
    }

    public void setSeoDescription(String seoDescription) {
        this.seoDescription = seoDescription;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public void setPublishAt(String publishAt) {
        this.publishAt = publishAt;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public void setSignificantUpdate(boolean significantUpdate) {
        this.significantUpdate = significantUpdate;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    int version() {
        return version;
    }

    String publishAt() {
        return publishAt;
    }

    String note() {
        return note;
    }
}
