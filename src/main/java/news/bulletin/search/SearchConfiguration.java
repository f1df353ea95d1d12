package news.bulletin.search;

import news.bulletin.platform.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Picks the index for the database the site runs on. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {
    @Bean
    SearchIndex searchIndex(Database database, JdbcClient jdbc) {
        return switch (database.engine()) {
            case SQLITE -> new SqliteSearchIndex(jdbc);
            case POSTGRESQL -> new PostgresSearchIndex(jdbc);
        };
    }
}
