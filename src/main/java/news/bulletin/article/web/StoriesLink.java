package news.bulletin.article.web;

import java.util.List;
import news.bulletin.account.SignedInPerson;
import news.bulletin.article.Article;
import news.bulletin.article.ArticleAction;
import news.bulletin.article.ArticlePermissions;
import news.bulletin.article.Articles;
import news.bulletin.web.StaffLink;
import news.bulletin.web.StaffLinks;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Stories and "New story" in the staff bar, for everyone on the staff; "Edit this article" on a
 * story's page for those the permission table lets edit it.
 */
@Component
@Order(15)
class StoriesLink implements StaffLinks {
    private static final String ARTICLE = "article:";

    private final Articles articles;

    StoriesLink(Articles articles) {
        this.articles = articles;
    }

    @Override
    public List<StaffLink> linksFor(Authentication person) {
        return StaffLinks.hasRole(person, "CONTRIBUTOR", "AUTHOR", "EDITOR", "ADMIN")
                ? List.of(
                        new StaffLink("Stories", "/newsroom/articles", null),
                        new StaffLink("New story", "/newsroom/articles/new", null))
                : List.of();
    }

    @Override
    public @Nullable StaffLink forPage(String subject, Authentication person) {
        if (!subject.startsWith(ARTICLE) || !StaffLinks.hasRole(person, "CONTRIBUTOR", "AUTHOR", "EDITOR", "ADMIN")) {
            return null;
        }
        try {
            long id = Long.parseLong(subject.substring(ARTICLE.length()));
            return articles.findPublished(id)
                    .map(article -> editLink(article, person))
                    .orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable StaffLink editLink(Article article, Authentication authentication) {
        if (authentication.getPrincipal() instanceof SignedInPerson person
                && ArticlePermissions.allows(
                        person.role(), ArticleAction.EDIT, article.credits(person.personId()), false)) {
            return new StaffLink("Edit this article", "/newsroom/articles/" + article.id(), null);
        }
        return null;
    }
}
