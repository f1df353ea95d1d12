package news.bulletin.article.web;

import news.bulletin.article.ArticleStatus;
import news.bulletin.article.EditableArticle;
import news.bulletin.shared.Paging;
import org.jspecify.annotations.Nullable;

/**
 * The newsroom's list of stories.
 *
 * @param state the state shown, or null for all
 * @param mine whether only the person's own stories are shown
 */
public record StoryListPage(
        Paging<EditableArticle> stories,
        @Nullable ArticleStatus state,
        boolean mine,
        boolean mayListAll,
        String notice) {

    public String stateParam() {
        return state == null ? "" : state.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String href(@Nullable ArticleStatus filter, boolean onlyMine, int page) {
        StringBuilder href = new StringBuilder("/newsroom/articles?");
        if (filter != null) {
            href.append("state=")
                    .append(filter.name().toLowerCase(java.util.Locale.ROOT))
                    .append('&');
        }
        if (onlyMine) {
            href.append("mine=true&");
        }
        href.append("page=").append(page);
        return href.toString();
    }
}
