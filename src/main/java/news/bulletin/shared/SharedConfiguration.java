package news.bulletin.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock the application reads time from, so that tests can move it. */
@Configuration(proxyBeanMethods = false)
class SharedConfiguration {
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
