package news.bulletin.article.web;

import java.util.List;
import news.bulletin.article.ArticleForm;
import news.bulletin.article.EditableArticle;
import news.bulletin.article.RevisionDiff;

/**
 * Shown instead of overwriting: somebody saved the story after this editor opened it.
 *
 * @param theirs the story as it is saved now
 * @param yours what this editor tried to save
 * @param bodyChanges how the body would change from theirs to yours, word by word
 */
public record ConflictPage(
        EditableArticle theirs, ArticleForm yours, List<RevisionDiff.Part> bodyChanges, String note) {}
