package news.bulletin.article.web;

import news.bulletin.article.Article;
import org.jspecify.annotations.Nullable;

/**
 * The screen where an editor publishes a correction to a story.
 *
 * @param text what was typed, kept when it was refused
 * @param problem why it was refused, or null
 * @param significantUpdate whether the box was ticked
 */
public record CorrectionsPage(
        Article article, String text, @Nullable String problem, boolean significantUpdate) {}
