package news.bulletin.web;

import org.springframework.stereotype.Component;

/** The one place templates get the URL of a stylesheet, script or image under {@code static/assets}. */
@Component
public class Assets {
    public String url(String path) {
        return "/assets/" + path;
    }
}
