package news.bulletin.newsroom;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import news.bulletin.shared.ContentChanged;
import news.bulletin.shared.SiteSettings;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the site settings in {@code site_settings} and hands them to {@link SiteSettings}: at
 * start-up, after every change here, and every half minute so that other nodes see a change too.
 */
@Component
class SiteSettingsStore implements SmartInitializingSingleton {
    private final JdbcClient jdbc;
    private final SiteSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SiteSettingsStore(JdbcClient jdbc, SiteSettings settings, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void afterSingletonsInstantiated() {
        refresh();
    }

    @Scheduled(
            fixedDelayString = "${bulletin.settings.refresh:30s}",
            initialDelayString = "${bulletin.settings.refresh:30s}")
    void refresh() {
        Map<String, String> values = new LinkedHashMap<>();
        jdbc.sql("SELECT name, value FROM site_settings")
                .query((rs, n) -> Map.entry(rs.getString("name"), rs.getString("value")))
                .list()
                .forEach(setting -> values.put(setting.getKey(), setting.getValue()));
        // A change made here or on another node renders the pages showing that setting again.
        Set<String> changed = settings.replace(values);
        if (!changed.isEmpty()) {
            events.publishEvent(ContentChanged.of(
                    changed.stream().map(SiteSettings::contentKey).collect(Collectors.toSet())));
        }
    }

    void put(String name, String value) {
        jdbc.sql("""
                        INSERT INTO site_settings (name, value, changed_at) VALUES (:name, :value, :now)
                        ON CONFLICT (name) DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at
                        """)
                .param("name", name)
                .param("value", value)
                .param("now", clock.instant().toEpochMilli())
                .update();
    }
}
