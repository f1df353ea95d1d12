package news.bulletin.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The one place templates get the URL of a stylesheet, script or image under {@code static/assets}:
 * its name with a hash of its content in it ({@code site-3f2a….css}), so browsers may keep it for a
 * year and still get a changed file at once.
 */
@Component
public class Assets {
    private static final String PREFIX = "/assets/";

    private final ObjectProvider<ResourceUrlProvider> urls;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    Assets(ObjectProvider<ResourceUrlProvider> urls) {
        this.urls = urls;
    }

    public String url(String path) {
        return known.computeIfAbsent(path, this::fingerprinted);
    }

    private String fingerprinted(String path) {
        ResourceUrlProvider provider = urls.getIfAvailable();
        String url = provider == null ? null : provider.getForLookupPath(PREFIX + path);
        if (url == null) {
            throw new IllegalArgumentException("no asset " + path);
        }
        return url;
    }
}
