package news.bulletin.platform;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The transaction manager: one writer at a time on SQLite (see {@link SingleWriterTransactions}). */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {
    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        String url = dataSource instanceof HikariDataSource hikari ? hikari.getJdbcUrl() : null;
        return new SingleWriterTransactions(dataSource, url != null && url.startsWith("jdbc:sqlite:"));
    }
}
