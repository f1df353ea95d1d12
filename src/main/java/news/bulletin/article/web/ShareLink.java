package news.bulletin.article.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A plain link that shares an article on another service: no script of theirs is ever loaded. */
public record ShareLink(String label, String href) {

    static List<ShareLink> forArticle(String url, String headline) {
        String u = encode(url);
        String h = encode(headline);
        return List.of(
                new ShareLink("Email", "mailto:?subject=" + h + "&body=" + u),
                new ShareLink("X", "https://x.com/intent/post?url=" + u + "&text=" + h),
                new ShareLink("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u),
                new ShareLink("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + u));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
