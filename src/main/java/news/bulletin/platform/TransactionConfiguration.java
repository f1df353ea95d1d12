package news.bulletin.platform;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The transaction manager: one writer at a time on SQLite ({@link SingleWriterTransactions}); reads
 * without BEGIN and COMMIT on PostgreSQL ({@link PostgresTransactions}).
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {
    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource, Database database) {
        return database.engine() == Database.Engine.SQLITE
                ? new SingleWriterTransactions(dataSource)
                : new PostgresTransactions(dataSource);
    }
}
