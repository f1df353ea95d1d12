package news.bulletin.article.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.bulletin.article.Article;
import news.bulletin.shared.SiteSettings;
import news.bulletin.web.Assets;
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
    private final Assets assets;

    StructuredData(JsonMapper json, SiteSettings site, Assets assets) {
        this.json = json;
        this.site = site;
        this.assets = assets;
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
            data.put(
                    "image",
                    ordered(
                            "@type", "ImageObject",
                            "url", site.absolute(article.hero().url()),
                            "width", article.hero().width(),
                            "height", article.hero().height()));
        }
        if (article.section() != null) {
            data.put("articleSection", article.section().name());
        }
        data.put(
                "author",
                article.bylines().stream()
                        .map(byline -> ordered(
                                "@type",
                                "Person",
                                "name",
                                byline.name(),
                                "url",
                                site.absolute("/author/" + byline.slug())))
                        .toList());
        data.put(
                "publisher",
                ordered(
                        "@type",
                        "Organization",
                        "name",
                        site.siteName(),
                        "url",
                        site.absolute("/"),
                        "logo",
                        ordered("@type", "ImageObject", "url", site.absolute(logo()))));
        if (!article.corrections().isEmpty()) {
            List<Map<String, Object>> corrections = new ArrayList<>();
            for (var correction : article.corrections()) {
                corrections.add(ordered(
                        "@type", "CorrectionComment",
                        "text", correction.text(),
                        "datePublished", correction.at().toString()));
            }
            data.put("correction", corrections);
        }
        return escape(json.writeValueAsString(List.of(data, breadcrumbs(article, url))));
    }

    /** Home, the section, the story: the trail search engines show instead of the address. */
    private Map<String, Object> breadcrumbs(Article article, String url) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(crumb(1, "Home", site.absolute("/")));
        if (article.section() != null) {
            items.add(crumb(
                    2, article.section().name(), site.absolute(article.section().path())));
        }
        items.add(crumb(items.size() + 1, article.headline(), url));
        Map<String, Object> trail = new LinkedHashMap<>();
        trail.put("@context", "https://schema.org");
        trail.put("@type", "BreadcrumbList");
        trail.put("itemListElement", items);
        return trail;
    }

    private static Map<String, Object> crumb(int position, String name, String url) {
        return ordered("@type", "ListItem", "position", position, "name", name, "item", url);
    }

    /**
     * An object whose properties keep the order given. {@code Map.of} orders them differently in
     * every JVM, so each node, and each restart, sent a different page for the same story, with a
     * different ETag, and browsers and CDNs could not revalidate what another node had sent.
     */
    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            properties.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return properties;
    }

    private String logo() {
        String logo = site.logo();
        return logo == null ? assets.url("favicon.svg") : logo;
    }

    private static String escape(String text) {
        return text.replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }
}
