package news.bulletin.shared;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The site-wide settings under {@code bulletin.*}.
 *
 * @param dataDir folder holding {@code bulletin.db} and {@code media/}
 * @param baseUrl the public address, used in feeds, mails and canonical links
 * @param siteName the masthead
 * @param tagline one line under the masthead
 * @param description a sentence or two about the publication, shown in the footer
 * @param timeZone the newsroom's zone: article URLs and printed dates use it
 * @param sampleContent whether a first run on an empty database loads the sample edition
 */
@ConfigurationProperties("bulletin")
public record SiteProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("http://localhost:8080") URI baseUrl,
        @DefaultValue("Bulletin") String siteName,
        @DefaultValue("") String tagline,
        @DefaultValue("") String description,
        @DefaultValue("UTC") ZoneId timeZone,
        @DefaultValue("true") boolean sampleContent) {

    /** The absolute address of a site path such as {@code /section/world}. */
    public String absolute(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
