package news.bulletin.newsroom;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import news.bulletin.shared.SiteSettings;
import org.springframework.beans.factory.SmartInitializingSingleton;
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

    SiteSettingsStore(JdbcClient jdbc, SiteSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
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
        settings.replace(values);
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
