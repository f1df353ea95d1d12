package news.bulletin.popularity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How views are counted, under {@code bulletin.popularity}.
 *
 * @param window how far back "Most Popular" looks
 * @param hourlyDecay what a view an hour older is worth, against one now
 * @param flushInterval how often counted views are stored
 * @param viewsPerAddressPerMinute the most views one address can add in a minute
 */
@ConfigurationProperties("bulletin.popularity")
public record PopularityProperties(
        @DefaultValue("48h") Duration window,
        @DefaultValue("0.95") double hourlyDecay,
        @DefaultValue("5s") Duration flushInterval,
        @DefaultValue("60") int viewsPerAddressPerMinute) {}
