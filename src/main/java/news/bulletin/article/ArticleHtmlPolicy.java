package news.bulletin.article;

import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The sanitizer every article body passes through: an allow-list of the elements and attributes
 * Markdown produces. Links may go to http, https, mailto and site-relative URLs; images only to
 * this site's own paths, as the Content-Security-Policy ({@code img-src 'self'}) would block others.
 */
final class ArticleHtmlPolicy {
    static final Set<String> ELEMENTS = Set.of(
            "p",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "figure",
            "figcaption",
            "ul",
            "ol",
            "li",
            "em",
            "strong",
            "code",
            "pre",
            "hr",
            "br",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "a",
            "img",
            "del");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(ELEMENTS.toArray(String[]::new))
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title")
            .onElements("a")
            .allowAttributes("src")
            .matching(Pattern.compile("/(?![/\\\\])[^\\s]*"))
            .onElements("img")
            .allowAttributes("alt", "title")
            .onElements("img")
            .allowAttributes("width", "height")
            .matching(Pattern.compile("[0-9]{1,5}"))
            .onElements("img")
            .allowAttributes("srcset")
            .matching(Pattern.compile("/media/[a-z0-9/_.-]+ [0-9]{1,5}w(?: ?, /media/[a-z0-9/_.-]+ [0-9]{1,5}w)*"))
            .onElements("img")
            .allowAttributes("sizes")
            .matching(Pattern.compile("\\(min-width: 60em\\) 45em, 100vw"))
            .onElements("img")
            .allowAttributes("loading")
            .matching(Pattern.compile("lazy"))
            .onElements("img")
            .allowAttributes("decoding")
            .matching(Pattern.compile("async"))
            .onElements("img")
            .allowAttributes("start")
            .matching(Pattern.compile("[0-9]{1,6}"))
            .onElements("ol")
            .allowAttributes("class")
            .matching(Pattern.compile("language-[a-zA-Z0-9_+#-]{1,30}"))
            .onElements("code")
            .toFactory();

    private ArticleHtmlPolicy() {}

    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
