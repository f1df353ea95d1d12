package news.bulletin.article.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.bulletin.article.Article;
import news.bulletin.shared.SiteSettings;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org {@code NewsArticle} search engines read from an article page, corrections
 * included. It is serialized by Jackson, then every character that could end the script element or
 * be read as markup is escaped, so the words inside can never break out of it.
 */
@Component
class StructuredData {
    private final JsonMapper json;
    private final SiteSettings site;

    StructuredData(JsonMapper json, SiteSettings site) {
        this.json = json;
        this.site = site;
    }

    String of(Article article, String url) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        data.put("mainEntityOfPage", url);
        data.put("headline", article.searchTitle());
        if (!article.searchDescription().isBlank()) {
            data.put("description", article.searchDescription());
        }
        data.put("datePublished", article.publishedAt().toString());
        data.put(
                "dateModified", (article.updatedAt() == null ? article.publishedAt() : article.updatedAt()).toString());
        if (article.hero() != null) {
            data.put("image", site.absolute(article.hero().url()));
        }
        data.put(
                "author",
                article.bylines().stream()
                        .map(byline -> Map.of(
                                "@type",
                                "Person",
                                "name",
                                byline.name(),
                                "url",
                                site.absolute("/author/" + byline.slug())))
                        .toList());
        data.put("publisher", Map.of("@type", "Organization", "name", site.siteName(), "url", site.absolute("/")));
        if (!article.corrections().isEmpty()) {
            List<Map<String, Object>> corrections = new ArrayList<>();
            for (var correction : article.corrections()) {
                corrections.add(Map.of(
                        "@type", "CorrectionComment",
                        "text", correction.text(),
                        "datePublished", correction.at().toString()));
            }
            data.put("correction", corrections);
        }
        return escape(json.writeValueAsString(data));
    }

    private static String escape(String text) {
        return text.replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }
}
